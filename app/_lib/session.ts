// The signed-in user in server components and pages. A page without a valid session sends you to sign-in; a page
// your role may not use answers 403 (app/forbidden.tsx). The data itself is guarded again by every procedure.
import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { Actor } from "@/server/auth/actor";
import { actorFromHeaders } from "@/server/auth/instance";
import { safeNextPath } from "@/server/auth/next-path";
import { hasRole, type Role } from "@/server/auth/roles";

export const currentActor = cache(async (): Promise<Actor | null> => actorFromHeaders(await headers()));

export { safeNextPath };

export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) {
    const path = (await headers()).get("x-app-path");
    redirect(path && path !== "/" ? `/sign-in?next=${encodeURIComponent(safeNextPath(path))}` : "/sign-in");
  }
  return actor;
}

export async function requireRole(least: Role): Promise<Actor> {
  const actor = await requireActor();
  if (!hasRole(actor.role, least)) forbidden();
  return actor;
}
