// The account list input a URL describes (?q=…&role=…&state=active|deactivated). Used by the server prefetch and
// the client list alike, so both ask for the same query; invalid values are left out.
import { z } from "zod";
import { ZRole } from "@/server/schemas/account";
import { ZSearch } from "@/server/schemas/common";
import { type SearchParamsLike, searchParamReader } from "@/server/schemas/search-params";

export const ACCOUNT_STATES = ["active", "deactivated"] as const;

export interface AccountListInput {
  q?: string;
  role?: z.infer<typeof ZRole>;
  active?: boolean;
}

export function accountListInputFromSearchParams(params: SearchParamsLike): AccountListInput {
  const { one } = searchParamReader(params);
  const state = one(z.enum(ACCOUNT_STATES), "state");
  return {
    q: one(ZSearch, "q") || undefined,
    role: one(ZRole, "role"),
    active: state === undefined ? undefined : state === "active",
  };
}
