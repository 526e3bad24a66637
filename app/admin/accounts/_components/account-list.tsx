"use client";
import Link from "next/link";
import { ROLES } from "@/server/auth/roles";
import { fmt, formatDateTime } from "@/server/i18n/format";
import { accountListInputFromSearchParams } from "@/server/lists/accounts";
import { ErrorAlert } from "../../../_components/errors";
import { FilterForm, FilterSelect, ListHeader, useListQuery } from "../../../_components/list-controls";
import { useSessionUser } from "../../../_components/session-context";
import { TableHead } from "../../../_components/table-head";
import { useI18n } from "../../../_i18n/client";
import { useTRPC } from "../../../_lib/trpc/client";
import { AccountStateBadge } from "./account-parts";

export function AccountList() {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const me = useSessionUser();
  const { input, list } = useListQuery(accountListInputFromSearchParams, (input) =>
    trpc.account.list.queryOptions(input),
  );

  return (
    <>
      <ListHeader title={m.admin.accountsTitle} createHref="/admin/accounts/new" createLabel={m.admin.createAccount} />
      <p className="muted">{m.admin.accountsIntro}</p>
      <FilterForm search={input.q} placeholder={m.admin.accountSearchPlaceholder}>
        <FilterSelect
          name="role"
          label={m.admin.role}
          options={ROLES.map((role) => ({ value: role, label: m.auth.roles[role] }))}
        />
        <FilterSelect
          name="state"
          label={m.admin.state}
          options={[
            { value: "active", label: m.admin.stateActive },
            { value: "deactivated", label: m.admin.stateDeactivated },
          ]}
        />
      </FilterForm>

      <ErrorAlert error={list.error} />
      <section className="card" aria-labelledby="account-table-title" aria-busy={list.isFetching}>
        <h2 id="account-table-title" className="visually-hidden">
          {m.admin.accountsTitle}
        </h2>
        <div className="table-wrap">
          <table className="list-table">
            <caption className="visually-hidden">{m.admin.accountsTitle}</caption>
            <TableHead
              heads={[
                m.common.name,
                m.admin.email,
                m.admin.role,
                m.admin.state,
                m.admin.activeSessions,
                m.admin.lastSignIn,
                m.admin.createdAt,
              ]}
            />
            <tbody>
              {list.data?.map((account) => (
                <tr key={account.id}>
                  <th scope="row" className="cell-name list-table__name">
                    <Link href={`/admin/accounts/${encodeURIComponent(account.id)}`}>{account.name}</Link>
                    {account.id === me?.id ? <span className="small muted"> {m.admin.you}</span> : null}
                  </th>
                  <td data-label={m.admin.email} style={{ overflowWrap: "anywhere" }}>
                    {account.email}
                  </td>
                  <td data-label={m.admin.role}>{m.auth.roles[account.role]}</td>
                  <td data-label={m.admin.state}>
                    <AccountStateBadge active={account.active} />
                  </td>
                  <td data-label={m.admin.activeSessions}>{account.activeSessions}</td>
                  <td data-label={m.admin.lastSignIn}>
                    {account.lastSignInAt ? (
                      <time dateTime={account.lastSignInAt.toISOString()}>
                        {formatDateTime(account.lastSignInAt, locale)}
                      </time>
                    ) : (
                      <span className="muted">{m.admin.neverSignedIn}</span>
                    )}
                  </td>
                  <td data-label={m.admin.createdAt}>
                    <time dateTime={account.createdAt.toISOString()}>{formatDateTime(account.createdAt, locale)}</time>
                  </td>
                </tr>
              ))}
              {list.data && list.data.length === 0 ? (
                <tr>
                  <td colSpan={7}>{m.common.noEntries}</td>
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
        {list.data ? (
          <p className="small" role="status">
            {fmt(m.common.results, { count: list.data.length }, locale)}
          </p>
        ) : null}
      </section>
    </>
  );
}
