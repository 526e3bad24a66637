// Who is acting: the signed-in user as the server sees them. Every change is recorded with this actor.
import type { Role } from "./roles";

export interface Actor {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** The session the request came with (absent for the command line and tests). */
  sessionId?: string;
  /** The client's address as the reverse proxy reports it, recorded with each change (never used for decisions). */
  ip?: string | null;
}

/** The actor of changes made by the system itself (seed, command line), recorded with this name. */
export function systemActor(name: string): Actor {
  return { id: "system", name, email: "", role: "ADMIN" };
}
