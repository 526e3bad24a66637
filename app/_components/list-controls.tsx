"use client";
// The parts every list screen has: its header, the filters kept in the URL, and the table with its pages.
import Link from "next/link";
import { type FormEvent, type ReactNode, useMemo } from "react";
import type { SearchParamsLike } from "@/server/schemas/search-params";
import { useI18n } from "../_i18n/client";
import { ErrorAlert } from "./errors";
import { Pagination } from "./pagination";
import { SortHeader } from "./sort-header";
import { useUrlState } from "./url-state";

/** The list input the URL describes: the same one the page prefetched on the server. */
export function useListInput<T>(fromSearchParams: (params: SearchParamsLike) => T): T {
  const { searchParams } = useUrlState();
  return useMemo(() => fromSearchParams(searchParams), [fromSearchParams, searchParams]);
}

export function ListHeader({
  title,
  createHref,
  createLabel,
}: {
  title: string;
  createHref: string;
  createLabel: string;
}) {
  return (
    <div className="page-header">
      <div>
        <h1>{title}</h1>
      </div>
      <Link className="button" href={createHref}>
        {createLabel}
      </Link>
    </div>
  );
}

/**
 * The filter form: the search field, the filters given as children, and the buttons. Selects apply as soon as they
 * change; the search and the typed fields (`typedFields`, e.g. years) apply on submit, and only lists that have
 * typed fields get a Filter button for that.
 */
export function FilterForm({
  search,
  placeholder,
  typedFields = [],
  children,
}: {
  /** The search the URL holds now. */
  search: string | undefined;
  placeholder: string;
  typedFields?: readonly string[];
  children: ReactNode;
}) {
  const { m } = useI18n();
  const { searchParams, update, reset } = useUrlState();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    update(Object.fromEntries(["q", ...typedFields].map((name) => [name, String(data.get(name) ?? "")])));
  }

  return (
    <section className="card" aria-label={m.common.filter}>
      {/* Keyed by the URL so that the typed fields show what the URL holds after a reset or going back. */}
      <form className="filters" onSubmit={onSubmit} key={searchParams.toString()}>
        <div className="field filters__search">
          <label htmlFor="filter-q">{m.common.search}</label>
          <span className="actions">
            <input
              id="filter-q"
              name="q"
              type="search"
              defaultValue={search ?? ""}
              placeholder={placeholder}
              style={{ flex: 1, minWidth: "12rem" }}
            />
            <button className="button" type="submit">
              {m.common.search}
            </button>
          </span>
        </div>
        {children}
        <div className="actions">
          {typedFields.length ? (
            <button className="button button--secondary" type="submit">
              {m.common.filter}
            </button>
          ) : null}
          <button className="button button--secondary" type="button" onClick={reset}>
            {m.common.resetFilters}
          </button>
        </div>
      </form>
    </section>
  );
}

/** A select bound to the URL parameter `name`; "all" (empty) removes the parameter. */
export function FilterSelect({
  name,
  label,
  options,
}: {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
}) {
  const { m } = useI18n();
  const { searchParams, update } = useUrlState();
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select
        id={`filter-${name}`}
        value={searchParams.get(name) ?? ""}
        onChange={(event) => update({ [name]: event.target.value })}
      >
        <option value="">{m.common.all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A typed number filter (a year), applied with the filter form's submit. */
export function FilterYear({ name, label, defaultValue }: { name: string; label: string; defaultValue?: number }) {
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <input id={`filter-${name}`} name={name} type="number" min={1000} max={2200} defaultValue={defaultValue} />
    </div>
  );
}

interface PageOfItems {
  items: readonly unknown[];
  page: number;
  pageCount: number;
  total: number;
}

/** A column of a list's table; one with a sort key sorts the list by it. */
export interface ListColumn {
  label: string;
  sortKey?: string;
}

/** The list's table and its pages; the children are the rows, a cell per column. */
export function ListTable({
  id,
  title,
  list,
  columns,
  sort,
  dir,
  children,
}: {
  /** Prefix of the heading's id. */
  id: string;
  title: string;
  list: { error: unknown; isFetching: boolean; data: PageOfItems | undefined };
  columns: readonly ListColumn[];
  sort: string;
  dir: "asc" | "desc";
  children: ReactNode;
}) {
  const { m } = useI18n();
  return (
    <>
      <ErrorAlert error={list.error} />
      <section className="card" aria-labelledby={`${id}-title`} aria-busy={list.isFetching}>
        <h2 id={`${id}-title`} className="visually-hidden">
          {title}
        </h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                {columns.map((column) =>
                  column.sortKey ? (
                    <SortHeader key={column.label} column={column.sortKey} label={column.label} sort={sort} dir={dir} />
                  ) : (
                    <th key={column.label} scope="col">
                      {column.label}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {children}
              {list.data && list.data.items.length === 0 ? (
                <tr>
                  <td colSpan={columns.length}>{m.common.noEntries}</td>
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
