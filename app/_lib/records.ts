// Each detail page's record, read once per request: generateMetadata and the page ask for the same record, and
// React's cache() hands the second the first's answer (before, each read it from the database). A route's [id]
// that is not a positive whole number, or a record that does not exist, gives null: the page answers 404.
import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { permissionsOf } from "@/server/auth/roles";
import { getMessages } from "../_i18n/server";
import { parseId } from "./params";
import { requireActor, requireRole } from "./session";
import { type OptionKind, orNull, prefetchOptions, serverCaller } from "./trpc/server";

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
export const loadCommitment = byIdOnce((api, id) => api.commitment.byId({ id }));

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

/**
 * What a detail page starts with: its record (404 if there is none), the reader's language and messages, and what
 * their role lets the page offer.
 */
export async function viewRecord<T>(load: (idText: string) => Promise<T | null>, { params }: IdPageProps) {
  const record = await load((await params).id);
  if (!record) notFound();
  const [messages, actor] = await Promise.all([getMessages(), requireActor()]);
  return { record, ...messages, can: permissionsOf(actor.role) };
}

/**
 * What an edit page starts with: editors only, its record (404 if there is none), the options its form picks from
 * (prefetched), the language and messages.
 */
export async function editRecord<T>(
  load: (idText: string) => Promise<T | null>,
  { params }: IdPageProps,
  ...options: OptionKind[]
) {
  await requireRole("EDITOR");
  const record = await load((await params).id);
  if (!record) notFound();
  await prefetchOptions(...options);
  return { record, ...(await getMessages()) };
}

/**
 * What a create page starts with: editors only, the options its form picks from (prefetched: a <select defaultValue>
 * picks its default only among the options it has when it mounts), the language and messages.
 */
export async function newRecord(...options: OptionKind[]) {
  await requireRole("EDITOR");
  await prefetchOptions(...options);
  return getMessages();
}
