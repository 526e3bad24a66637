"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { type FormEvent, useMemo } from "react";
import { ACTIVITY_TYPES } from "@/server/domain/enums";
import { UnverifiedBadge } from "../../_components/badges";
import { ErrorAlert } from "../../_components/errors";
import { Pagination } from "../../_components/pagination";
import { SortHeader } from "../../_components/sort-header";
import { useUrlState } from "../../_components/url-state";
import { useI18n } from "../../_i18n/client";
import { formatDateRange, partnerName } from "../../_i18n/format";
import { useTRPC } from "../../_lib/trpc/client";
import { activityListInputFromSearchParams } from "./list-input";

export function ActivityList() {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const { searchParams, update, reset } = useUrlState();
  const input = useMemo(() => activityListInputFromSearchParams(searchParams), [searchParams]);
  const list = useQuery({ ...trpc.activity.list.queryOptions(input), placeholderData: keepPreviousData });
  const sort = input.sort ?? "startOn";
  const dir = input.dir ?? "asc";

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    update({ q: String(data.get("q") ?? ""), year: String(data.get("year") ?? "") });
  }

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{m.activity.listTitle}</h1>
        </div>
        <Link className="button" href="/activities/new">
          {m.activity.create}
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
                placeholder={m.activity.searchPlaceholder}
                style={{ flex: 1, minWidth: "12rem" }}
              />
              <button className="button" type="submit">
                {m.common.search}
              </button>
            </span>
          </div>
          <div className="field">
            <label htmlFor="filter-type">{m.common.type}</label>
            <select
              id="filter-type"
              value={searchParams.get("type") ?? ""}
              onChange={(event) => update({ type: event.target.value })}
            >
              <option value="">{m.common.all}</option>
              {ACTIVITY_TYPES.map((value) => (
                <option key={value} value={value}>
                  {m.enums.activityType[value]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-year">{m.common.year}</label>
            <input id="filter-year" name="year" type="number" min={1000} max={2200} defaultValue={input.year} />
          </div>
          <div className="actions">
            <button className="button button--secondary" type="submit">
              {m.common.filter}
            </button>
            <button className="button button--secondary" type="button" onClick={reset}>
              {m.common.resetFilters}
            </button>
          </div>
        </form>
      </section>

      <ErrorAlert error={list.error} />
      <section className="card" aria-labelledby="activity-table-title" aria-busy={list.isFetching}>
        <h2 id="activity-table-title" className="visually-hidden">
          {m.activity.listTitle}
        </h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <SortHeader column="startOn" label={m.activity.dates} sort={sort} dir={dir} />
                <SortHeader column="title" label={m.common.title} sort={sort} dir={dir} />
                <SortHeader column="type" label={m.common.type} sort={sort} dir={dir} />
                <th scope="col">{m.activity.place}</th>
                <th scope="col">{m.common.partner}</th>
              </tr>
            </thead>
            <tbody>
              {list.data?.items.map((activity) => (
                <tr key={activity.id}>
                  <td>{formatDateRange(activity.startOn, activity.endOn, locale)}</td>
                  <td>
                    <Link href={`/activities/${activity.id}`}>{activity.title}</Link>{" "}
                    <UnverifiedBadge verified={activity.verified} />
                  </td>
                  <td>{m.enums.activityType[activity.type]}</td>
                  <td>{activity.place ?? m.common.none}</td>
                  <td>
                    {activity.partner ? (
                      <Link href={`/partners/${activity.partner.id}`}>{partnerName(activity.partner, locale)}</Link>
                    ) : (
                      m.common.none
                    )}
                  </td>
                </tr>
              ))}
              {list.data && list.data.items.length === 0 ? (
                <tr>
                  <td colSpan={5}>{m.common.noEntries}</td>
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
