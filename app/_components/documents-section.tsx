// A record's documents on its (server-rendered) detail page: prefetched with the page; the list, the downloads and,
// for editors, upload and deletion (documents.tsx).
import "server-only";
import { envValue } from "@/server/env";
import type { TDocumentRecord } from "@/server/schemas/document";
import { HydrateClient, prefetch, trpc } from "../_lib/trpc/server";
import { Documents } from "./documents";

export async function DocumentsSection({ record }: { record: TDocumentRecord }) {
  await prefetch(trpc.document.list.queryOptions({ record }));
  return (
    <HydrateClient>
      <Documents record={record} maxMb={envValue("DOCUMENT_MAX_MB")} />
    </HydrateClient>
  );
}
