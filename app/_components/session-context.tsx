"use client";
// The signed-in user for client components: who they are and what the interface may offer them. Only comfort:
// the server checks every call again.
import { createContext, type ReactNode, useContext } from "react";
import type { Permissions, Role } from "@/server/auth/roles";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  permissions: Permissions;
}

const SessionContext = createContext<SessionUser | null>(null);

export function SessionProvider({ user, children }: { user: SessionUser | null; children: ReactNode }) {
  return <SessionContext.Provider value={user}>{children}</SessionContext.Provider>;
}

/** The signed-in user, or null on the sign-in page. */
export function useSessionUser(): SessionUser | null {
  return useContext(SessionContext);
}

/** What the signed-in user may do; nothing when nobody is signed in. */
export function usePermissions(): Permissions {
  return (
    useContext(SessionContext)?.permissions ?? { edit: false, recordHistory: false, personalData: false, admin: false }
  );
}
