"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { type FormEvent, useMemo } from "react";
import { WORKING_GROUP_STATUSES } from "@/server/domain/enums";
import { LabelBadge, UnverifiedBadge } from "../../_components/badges";
import { ErrorAlert } from "../../_components/errors";
import { Pagination } from "../../_components/pagination";
import { SortHeader } from "../../_components/sort-header";
import { useUrlState } from "../../_components/url-state";
import { useI18n } from "../../_i18n/client";
import { fmt, partnerName } from "../../_i18n/format";
import { useTRPC } from "../../_lib/trpc/client";
import { workingGroupListInputFromSearchParams } from "./list-input";

export function WorkingGroupList() {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const { searchParams, update, reset } = useUrlState();
  const input = useMemo(() => workingGroupListInputFromSearchParams(searchParams), [searchParams]);
  const list = useQuery({ ...trpc.workingGroup.list.queryOptions(input), placeholderData: keepPreviousData });
  const sort = input.sort ?? "name";
  const dir = input.dir ?? "asc";

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    update({ q: String(data.get("q") ?? "") });
  }

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{m.workingGroup.listTitle}</h1>
        </div>
        <Link className="button" href="/working-groups/new">
          {m.workingGroup.create}
        </Link>
      </div>

      <section className="card" aria-label={m.common.filter}>
        <form className="filters" onSubmit={onSearch} key={searchParams.toString()}>
          <div className="field filters__search">
            <label htmlFor="filter-q">{m.common.search}</label>
            <span className="actions">
              <input
                id="filter-q"
                name="q"
                type="search"
                defaultValue={input.q ?? ""}
                placeholder={m.workingGroup.searchPlaceholder}
                style={{ flex: 1, minWidth: "12rem" }}
              />
              <button className="button" type="submit">
                {m.common.search}
              </button>
            </span>
          </div>
          <div className="field">
            <label htmlFor="filter-status">{m.common.status}</label>
            <select
              id="filter-status"
              value={searchParams.get("status") ?? ""}
              onChange={(event) => update({ status: event.target.value })}
            >
              <option value="">{m.common.all}</option>
              {WORKING_GROUP_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {m.enums.workingGroupStatus[value]}
                </option>
              ))}
            </select>
          </div>
          <div className="actions">
            <button className="button button--secondary" type="button" onClick={reset}>
              {m.common.resetFilters}
            </button>
          </div>
        </form>
      </section>

      <ErrorAlert error={list.error} />
      <section className="card" aria-labelledby="working-group-table-title" aria-busy={list.isFetching}>
        <h2 id="working-group-table-title" className="visually-hidden">
          {m.workingGroup.listTitle}
        </h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <SortHeader column="name" label={m.workingGroup.name} sort={sort} dir={dir} />
                <th scope="col">{m.workingGroup.agreement}</th>
                <SortHeader column="status" label={m.common.status} sort={sort} dir={dir} />
                <th scope="col">{m.workingGroup.milestones}</th>
              </tr>
            </thead>
            <tbody>
              {list.data?.items.map((group) => (
                <tr key={group.id}>
                  <td>
                    <Link href={`/working-groups/${group.id}`}>{group.name}</Link>{" "}
                    <UnverifiedBadge verified={group.verified} />
                  </td>
                  <td>
                    <Link href={`/agreements/${group.agreement.id}`}>{group.agreement.title}</Link>
                    <div className="small muted">{partnerName(group.agreement.partner, locale)}</div>
                  </td>
                  <td>
                    <LabelBadge>{m.enums.workingGroupStatus[group.status]}</LabelBadge>
                  </td>
                  <td>
                    {fmt(m.workingGroup.milestoneCount, {
                      done: group.milestones.done,
                      total: group.milestones.total,
                    })}
                    {group.milestones.overdue > 0 ? (
                      <div className="small" style={{ color: "var(--danger)", fontWeight: 600 }}>
                        {fmt(m.workingGroup.overdueCount, { count: group.milestones.overdue })}
                      </div>
                    ) : null}
                  </td>
                </tr>
              ))}
              {list.data && list.data.items.length === 0 ? (
                <tr>
                  <td colSpan={4}>{m.common.noEntries}</td>
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
        {list.data ? (
          <Pagination page={list.data.page} pageCount={list.data.pageCount} total={list.data.total} />
        ) : null}
      </section>
    </>
  );
}
