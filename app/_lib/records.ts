// Each detail page's record, read once per request: generateMetadata and the page ask for the same record, and
// React's cache() hands the second the first's answer (before, each read it from the database). A route's [id]
// that is not a positive whole number, or a record that does not exist, gives null: the page answers 404.
import "server-only";
import type { Metadata } from "next";
import { cache } from "react";
import { parseId } from "./params";
import { orNull, serverCaller } from "./trpc/server";

type Api = Awaited<ReturnType<typeof serverCaller>>;

function byIdOnce<T>(read: (api: Api, id: number) => Promise<T>) {
  return cache(async (idText: string): Promise<T | null> => {
    const id = parseId(idText);
    return id === null ? null : orNull(read(await serverCaller(), id));
  });
}

export const loadAgreement = byIdOnce((api, id) => api.agreement.byId({ id }));
export const loadPartner = byIdOnce((api, id) => api.partner.byId({ id }));
export const loadPerson = byIdOnce((api, id) => api.person.byId({ id }));
export const loadActivity = byIdOnce((api, id) => api.activity.byId({ id }));
export const loadWorkingGroup = byIdOnce((api, id) => api.workingGroup.byId({ id }));

export interface IdPageProps {
  params: Promise<{ id: string }>;
}

/** generateMetadata of a detail page: the record's title ("404" if there is none). */
export function recordTitle<T>(
  load: (idText: string) => Promise<T | null>,
  title: (record: T) => string | Promise<string>,
) {
  return async ({ params }: IdPageProps): Promise<Metadata> => {
    const record = await load((await params).id);
    return { title: record ? await title(record) : "404" };
  };
}
