import { commitmentList } from "@/server/lists/commitments";
import { type PageSearchParams, toUrlSearchParams } from "@/server/lists/define";
import { titledBy } from "../_components/form-page";
import { HydrateClient, prefetch, prefetchOptions, trpc } from "../_lib/trpc/server";
import { CommitmentList } from "./_components/commitment-list";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.commitment.listTitle);

export default async function CommitmentsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const params = toUrlSearchParams(await searchParams);
  const input = commitmentList.fromSearchParams(params);
  await Promise.all([
    prefetch(trpc.commitment.list.queryOptions(input)),
    prefetchOptions("agreement", "partner"),
    // The owner person filter's name, so that its picker shows it at first paint.
    input.ownerPersonId === undefined ? null : prefetch(trpc.person.byId.queryOptions({ id: input.ownerPersonId })),
  ]);
  return (
    <HydrateClient>
      <CommitmentList />
    </HydrateClient>
  );
}
