// The three roles and what each may do. Roles are nested: an admin may do all an editor may, an editor all a
// viewer may. Every tRPC procedure names the least role it needs (see server/trpc/init.ts).
import type { UserRole } from "../db/generated/enums";

export type Role = UserRole;
export const ROLES = ["ADMIN", "EDITOR", "VIEWER"] as const satisfies readonly Role[];

const RANK: Record<Role, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };

/** True if `role` is `least` or above it. */
export function hasRole(role: Role, least: Role): boolean {
  return RANK[role] >= RANK[least];
}

/** What the interface may offer a role; the server checks the same rules again on every call. */
export function permissionsOf(role: Role) {
  return {
    edit: hasRole(role, "EDITOR"),
    /** A record's own change history (who changed what) on its detail page. */
    recordHistory: hasRole(role, "EDITOR"),
    /** Export of personal data (people). */
    personalData: hasRole(role, "EDITOR"),
    admin: hasRole(role, "ADMIN"),
  };
}

export type Permissions = ReturnType<typeof permissionsOf>;
