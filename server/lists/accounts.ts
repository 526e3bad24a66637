// The account list (admins): its URL (?q=…&role=…&state=active|deactivated). No sort, no pages: a city has a few
// dozen accounts. Invalid values are left out.
import { z } from "zod";
import { ZRole } from "../schemas/account";
import { ZSearch } from "../schemas/common";
import type { SearchParamsLike } from "./define";

export const ACCOUNT_STATES = ["active", "deactivated"] as const;

export interface AccountListInput {
  q?: string;
  role?: z.infer<typeof ZRole>;
  active?: boolean;
}

function read<T>(schema: z.ZodType<T>, value: string | null): T | undefined {
  const parsed = schema.safeParse(value ?? undefined);
  return parsed.success ? parsed.data : undefined;
}

export function accountListInputFromSearchParams(params: SearchParamsLike): AccountListInput {
  const state = read(z.enum(ACCOUNT_STATES), params.get("state"));
  return {
    q: read(ZSearch, params.get("q")) || undefined,
    role: read(ZRole, params.get("role")),
    active: state === undefined ? undefined : state === "active",
  };
}
