// The select boxes' options must be in the cache when the form first renders: a <select defaultValue> picks its
// default only among the options it has at mount.
import "server-only";
import { prefetch, trpc } from "../../_lib/trpc/server";

export { AgreementForm } from "./agreement-form";

export function prefetchAgreementFormOptions() {
  return Promise.all([
    prefetch(trpc.partner.options.queryOptions()),
    prefetch(trpc.agreement.options.queryOptions()),
    prefetch(trpc.cooperationArea.list.queryOptions()),
  ]);
}
