"use client";
import { keepPreviousData, type QueryKey, type UseQueryOptions, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname } from "next/navigation";
import {
  Children,
  cloneElement,
  type FormEvent,
  isValidElement,
  type ReactElement,
  type ReactNode,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import { fmt } from "@/server/i18n/format";
import type { Locale } from "@/server/i18n/locales";
import type { Messages } from "@/server/i18n/messages";
// The parts every list screen has: its header, the filters kept in the URL, and the table with its pages.
import { COLUMNS_PARAM, type ListColumns } from "@/server/lists/columns";
import type { SearchParamsLike } from "@/server/lists/define";
import { useI18n } from "../_i18n/client";
import { UnverifiedBadge } from "./badges";
import { ErrorAlert } from "./errors";
import { ColumnsControl, useShownColumns } from "./list-columns";
import { Pagination } from "./pagination";
import { usePermissions } from "./session-context";
import { SortHeader } from "./sort-header";
import { useUrlParam, useUrlState } from "./url-state";

/** The list input the URL describes: the same one the page prefetched on the server. */
export function useListInput<T>(fromSearchParams: (params: SearchParamsLike) => T): T {
  const { searchParams } = useUrlState();
  return useMemo(() => fromSearchParams(searchParams), [fromSearchParams, searchParams]);
}

/**
 * A list screen's input (from its URL) and its page, read with the procedure's query options; while the next page
 * loads, the last one stays shown.
 */
export function useListQuery<I, TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
  fromSearchParams: (params: SearchParamsLike) => I,
  queryOptions: (input: I) => UseQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
) {
  const input = useListInput(fromSearchParams);
  const list = useQuery({ ...queryOptions(input), placeholderData: keepPreviousData });
  return { input, list };
}

/** The list's heading, its export menu and, for roles that may create records, the link to create one. */
export function ListHeader({
  title,
  createHref,
  createLabel,
  actions,
}: {
  title: string;
  createHref?: string;
  createLabel?: string;
  /** E.g. the list's export menu. */
  actions?: ReactNode;
}) {
  const { edit } = usePermissions();
  return (
    <div className="page-header">
      <div>
        <h1>{title}</h1>
      </div>
      <div className="page-header__actions">
        {actions}
        {edit && createHref && createLabel ? (
          <Link className="button" href={createHref}>
            {createLabel}
          </Link>
        ) : null}
      </div>
    </div>
  );
}

/**
 * A typed field's value: what the user types, put back to what the URL holds whenever the URL changes (a filter
 * applied, the filters reset, going back). The field stays mounted, so it keeps the focus.
 */
function useTypedValue(urlValue: string): [string, (value: string) => void] {
  const { searchParams } = useUrlState();
  const url = searchParams.toString();
  const [state, setState] = useState({ url, value: urlValue });
  if (state.url !== url) {
    const next = { url, value: urlValue };
    setState(next);
    return [next.value, (value) => setState({ url, value })];
  }
  return [state.value, (value) => setState({ url, value })];
}

/** What a filter tells the form for its chips: its label and how to name its values (for a select, its options). */
export interface ChipSource {
  label: string;
  kind: "select" | "checkbox" | "input";
  options?: readonly { value: string; label: string }[];
  /** A value's name where the options are not at hand (a country's name from its code). */
  labelOf?: (value: string) => string;
}

/**
 * A filter component's chips, read from its props (a static property of the component). The filter form finds its
 * filters among its children by this property, while it renders, so the chips of the filters in the URL are in the
 * page's first HTML (not added after hydration). A component that wraps filters (e.g. PlaceFilters) declares theirs.
 */
export type ChipSourcesOf<P> = (props: P, i18n: { m: Messages; locale: Locale }) => readonly [string, ChipSource][];

/** The chip sources of the filters among `children`: in fragments and elements, and those components declare. */
function chipSourcesIn(children: ReactNode, i18n: { m: Messages; locale: Locale }): Record<string, ChipSource> {
  const found: Record<string, ChipSource> = {};
  const visit = (nodes: ReactNode) =>
    Children.forEach(nodes, (node) => {
      if (!isValidElement<{ children?: ReactNode }>(node)) return;
      const declare =
        typeof node.type === "function"
          ? (node.type as { chipSources?: ChipSourcesOf<unknown> }).chipSources
          : undefined;
      if (declare) for (const [name, source] of declare(node.props, i18n)) found[name] = source;
      else visit(node.props.children);
    });
  visit(children);
  return found;
}

/** The filters' active values as chips, each with what it filters by and its value in words. */
function useChips(sources: Readonly<Record<string, ChipSource>>) {
  const { m } = useI18n();
  const { searchParams } = useUrlState();
  const search = searchParams.get("q");
  return [
    ...(search ? [{ name: "q", value: search, filter: m.common.search, text: search }] : []),
    ...Object.entries(sources).flatMap(([name, source]) =>
      searchParams.getAll(name).map((value) => ({
        name,
        value,
        filter: source.label,
        text:
          source.kind === "checkbox"
            ? m.shell.checked
            : (source.options?.find((option) => option.value === value)?.label ?? source.labelOf?.(value) ?? value),
      })),
    ),
  ];
}

/** The list's address without one value of a filter (and on its first page); the other parameters keep their order. */
function withoutFilter(pathname: string, searchParams: URLSearchParams, name: string, value: string) {
  const next = new URLSearchParams();
  for (const [key, other] of searchParams) {
    if (key !== "page" && !(key === name && other === value)) next.append(key, other);
  }
  const query = next.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/**
 * The filter form: the search field, the filters given as children, and the buttons. Selects apply as soon as they
 * change; the search and the typed fields (`typedFields`, e.g. years) apply on submit, and only lists that have
 * typed fields get a Filter button for that. Nothing in it is remounted when the URL changes, so the keyboard focus
 * stays where it was. The active filters show as chips that remove them; below 640 px the form folds behind a
 * Filter button (a disclosure) that says how many are active. The chips are rendered with the form, on the server
 * too, from the URL and the filters' declared sources (`chipSources`).
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
  const { m, locale } = useI18n();
  const { searchParams, update, reset } = useUrlState();
  const pathname = usePathname();
  const [query, setQuery] = useTypedValue(search ?? "");
  const [open, setOpen] = useState(false);
  const chips = useChips(chipSourcesIn(children, { m, locale }));
  const formId = useId();
  const toggle = useRef<HTMLButtonElement>(null);

  function removeChip(name: string, value: string) {
    update({ [name]: searchParams.getAll(name).filter((other) => other !== value) });
    // The chip is gone: the focus goes to the filters' button, or on wide screens (no button) to the search field.
    const target = toggle.current?.offsetParent ? toggle.current : document.getElementById("filter-q");
    target?.focus();
  }

  /** Every filter, the sort and the page cleared; the chosen columns (not a filter) are kept. */
  function resetFilters() {
    const columns = searchParams.getAll(COLUMNS_PARAM);
    if (columns.length === 0) reset();
    else
      update(
        Object.fromEntries(
          [...new Set(searchParams.keys())].filter((key) => key !== COLUMNS_PARAM).map((key) => [key, null]),
        ),
      );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    update(Object.fromEntries(["q", ...typedFields].map((name) => [name, String(data.get(name) ?? "")])));
  }

  return (
    <section className="card filter-panel" aria-label={m.common.filter}>
      <div className="filter-panel__bar">
        <button
          ref={toggle}
          type="button"
          className="button button--secondary filter-panel__toggle"
          aria-expanded={open}
          aria-controls={formId}
          onClick={() => setOpen(!open)}
        >
          {m.shell.filterToggle}
          <span className="filter-panel__count">
            ({fmt(m.shell.activeFilterCount, { count: chips.length }, locale)})
          </span>
        </button>
        {chips.length ? (
          <ul className="chips filter-chips" aria-label={m.shell.activeFilters}>
            {chips.map((chip) => (
              <li key={`${chip.name}=${chip.value}`}>
                {/* A link to the list without this filter (it works before the page's JavaScript has loaded, or
                    without it); with JavaScript the list stays mounted and the focus is kept in the filters. */}
                <a
                  href={withoutFilter(pathname, searchParams, chip.name, chip.value)}
                  className="filter-chip"
                  onClick={(event) => {
                    event.preventDefault();
                    removeChip(chip.name, chip.value);
                  }}
                >
                  <span className="visually-hidden">{m.shell.removeFilter} </span>
                  {fmt(m.shell.chip, { filter: chip.filter, value: chip.text }, locale)}
                  <span aria-hidden="true" className="kern-icon kern-icon--close kern-icon--small" />
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <form id={formId} className="filters" data-open={open ? "true" : "false"} onSubmit={onSubmit}>
        <div className="field filters__search">
          <label htmlFor="filter-q">{m.common.search}</label>
          <span className="actions">
            <input
              id="filter-q"
              name="q"
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
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
          <button className="button button--secondary" type="button" onClick={resetFilters}>
            {m.common.resetFilters}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The value of FilterSelect's extra option that stands for several values in the URL. */
const SEVERAL = "(several)";
/** How many of several values the extra option names before it says "…". */
const SEVERAL_NAMED = 3;

/**
 * A select bound to the URL parameter `name`; "all" (empty) removes the parameter. When the URL holds several
 * values (?status=A&status=B, as the dashboard's links do), an extra option says so and names them; choosing a single
 * option replaces them.
 */
export function FilterSelect({
  name,
  label,
  options,
}: {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
}) {
  const { m, locale } = useI18n();
  const [values, setValue] = useUrlParam(name);
  const several = values.length > 1;
  const labelOf = (value: string) => options.find((option) => option.value === value)?.label ?? value;
  const named = values.slice(0, SEVERAL_NAMED).map(labelOf);
  if (values.length > SEVERAL_NAMED) named.push("…");
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select
        id={`filter-${name}`}
        value={several ? SEVERAL : (values[0] ?? "")}
        onChange={(event) => {
          if (event.target.value !== SEVERAL) setValue(event.target.value || null);
        }}
      >
        <option value="">{m.common.all}</option>
        {several ? (
          <option value={SEVERAL} title={values.map(labelOf).join(", ")}>
            {fmt(m.common.several, { count: values.length, list: named.join(", ") }, locale)}
          </option>
        ) : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

FilterSelect.chipSources = (({ name, label, options }) => [
  [name, { label, kind: "select", options }],
]) satisfies ChipSourcesOf<Parameters<typeof FilterSelect>[0]>;

/** A checkbox bound to the URL parameter `name`: checked is `?name=1`, unchecked removes it. Applies at once. */
export function FilterCheckbox({ name, label }: { name: string; label: string }) {
  const [values, setValue] = useUrlParam(name);
  return (
    <div className="field field--checkbox">
      <input
        id={`filter-${name}`}
        type="checkbox"
        checked={values[0] === "1"}
        onChange={(event) => setValue(event.target.checked ? "1" : null)}
      />
      <label htmlFor={`filter-${name}`}>{label}</label>
    </div>
  );
}

FilterCheckbox.chipSources = (({ name, label }) => [[name, { label, kind: "checkbox" }]]) satisfies ChipSourcesOf<
  Parameters<typeof FilterCheckbox>[0]
>;

/** A typed number filter (a year), applied with the filter form's submit. */
export function FilterYear({
  name,
  label,
  value,
}: {
  name: string;
  label: string;
  /** The year the URL holds now. */
  value?: number;
}) {
  const year = value === undefined ? undefined : String(value);
  return <FilterInput name={name} label={label} value={year} type="number" min={1000} max={2200} />;
}

FilterYear.chipSources = (({ name, label }) => [[name, { label, kind: "input" }]]) satisfies ChipSourcesOf<
  Parameters<typeof FilterYear>[0]
>;

/**
 * A typed text or date filter, applied with the filter form's submit (list it in the form's `typedFields`). A date
 * field takes YYYY-MM-DD.
 */
export function FilterInput({
  name,
  label,
  value,
  type = "text",
  hint,
  maxLength,
  min,
  max,
}: {
  name: string;
  label: string;
  /** The value the URL holds now. */
  value?: string;
  type?: "text" | "date" | "number";
  hint?: string;
  maxLength?: number;
  min?: number;
  max?: number;
}) {
  const [text, setText] = useTypedValue(value ?? "");
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <input
        id={`filter-${name}`}
        name={name}
        type={type}
        maxLength={maxLength}
        min={min}
        max={max}
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-describedby={hint ? `filter-${name}-hint` : undefined}
      />
      {hint ? (
        <span className="field__hint" id={`filter-${name}-hint`}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}

FilterInput.chipSources = (({ name, label }) => [[name, { label, kind: "input" }]]) satisfies ChipSourcesOf<
  Parameters<typeof FilterInput>[0]
>;

interface PageOfItems {
  items: readonly unknown[];
  page: number;
  pageCount: number;
  total: number;
  totalCapped?: boolean;
}

/** A column of a list's table; one with a sort key sorts the list by it. */
export interface ListColumn {
  label: string;
  /** Its key in the list's column set (server/lists/<records>.ts): the user may hide it. */
  key?: string;
  sortKey?: string;
  /** The heading is said to screen readers only (a column of checkboxes). */
  hiddenLabel?: boolean;
}

/**
 * Each cell of a row gets its column's label (`data-label`): below 640 px the table is laid out as cards, a row a
 * card, and each value shows under its label (globals.css). The first cell, the record's name, is the card's title.
 */
function labelCells(rows: ReactNode, labels: readonly string[], shown: readonly boolean[]): ReactNode {
  return Children.map(rows, (row) => {
    if (!isValidElement<{ children?: ReactNode }>(row) || row.type !== "tr") return row;
    const cells = Children.toArray(row.props.children)
      .map((cell, index) =>
        isValidElement(cell)
          ? cloneElement(cell as ReactElement<{ "data-label"?: string }>, { "data-label": labels[index] })
          : cell,
      )
      // A hidden column's cells leave the row: the table and the phone's card alike.
      .filter((_, index) => shown[index] !== false);
    return cloneElement(row, undefined, cells);
  });
}

/** Below 640 px the column heads are not shown: the sort is chosen from a list instead. */
function PhoneSort({ columns, sort, dir }: { columns: readonly ListColumn[]; sort: string; dir: "asc" | "desc" }) {
  const { m, locale } = useI18n();
  const { update } = useUrlState();
  const id = useId();
  const sortable = columns.filter((column) => column.sortKey);
  if (!sortable.length) return null;
  return (
    <div className="field list-sort">
      <label htmlFor={id}>{m.shell.sortBy}</label>
      <select
        id={id}
        value={`${sort}:${dir}`}
        onChange={(event) => {
          const [key, direction] = event.target.value.split(":");
          update({ sort: key ?? null, dir: direction ?? null });
        }}
      >
        {sortable.flatMap((column) =>
          (["asc", "desc"] as const).map((direction) => (
            <option key={`${column.sortKey}:${direction}`} value={`${column.sortKey}:${direction}`}>
              {fmt(
                m.shell.sortOption,
                { column: column.label, direction: direction === "asc" ? m.shell.ascending : m.shell.descending },
                locale,
              )}
            </option>
          )),
        )}
      </select>
    </div>
  );
}

/** The list's table and its pages; the children are the rows, a cell per column. */
export function ListTable({
  id,
  title,
  list,
  columns,
  order,
  defaultSort,
  columnSet,
  children,
}: {
  /** Prefix of the heading's id. */
  id: string;
  title: string;
  list: { error: unknown; isFetching: boolean; data: PageOfItems | undefined };
  columns: readonly ListColumn[];
  /** The list's sort and direction as the URL gives them (the list input). */
  order: { sort?: string; dir?: "asc" | "desc" };
  /** The sort key without one in the URL. */
  defaultSort: string;
  /** The list's columns the user may hide (the list definition's `columns`); the columns name theirs by `key`. */
  columnSet?: ListColumns;
  children: ReactNode;
}) {
  const sort = order.sort ?? defaultSort;
  const dir = order.dir ?? "asc";
  const { m } = useI18n();
  const shownKeys = useShownColumns(columnSet);
  const shown = columns.map((column) => !shownKeys || !column.key || shownKeys.has(column.key));
  const visible = columns.filter((_, index) => shown[index]);
  const labels = Object.fromEntries(columns.flatMap((column) => (column.key ? [[column.key, column.label]] : [])));
  return (
    <>
      <ErrorAlert error={list.error} />
      <section className="card" aria-labelledby={`${id}-title`} aria-busy={list.isFetching}>
        <h2 id={`${id}-title`} className="visually-hidden">
          {title}
        </h2>
        {columnSet ? (
          <div className="list-table__tools">
            <ColumnsControl columnSet={columnSet} labels={labels} />
            <PhoneSort columns={columns} sort={sort} dir={dir} />
          </div>
        ) : (
          <PhoneSort columns={columns} sort={sort} dir={dir} />
        )}
        <div className="table-wrap">
          <table aria-labelledby={`${id}-title`} className="list-table">
            <thead>
              <tr>
                {visible.map((column) =>
                  column.sortKey ? (
                    <SortHeader key={column.label} column={column.sortKey} label={column.label} sort={sort} dir={dir} />
                  ) : (
                    <th key={column.label} scope="col">
                      {column.hiddenLabel ? <span className="visually-hidden">{column.label}</span> : column.label}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {labelCells(
                children,
                columns.map((column) => column.label),
                shown,
              )}
              {list.data && list.data.items.length === 0 ? (
                <tr>
                  <td colSpan={visible.length}>{m.common.noEntries}</td>
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
        {list.data ? (
          <Pagination
            page={list.data.page}
            pageCount={list.data.pageCount}
            total={list.data.total}
            totalCapped={list.data.totalCapped}
          />
        ) : null}
      </section>
    </>
  );
}

/** The options of a filter over an enum: each value with its label, in the enum's order. */
export function enumOptions<T extends string>(values: readonly T[], labels: Readonly<Record<T, string>>) {
  return values.map((value) => ({ value, label: labels[value] }));
}

/** A list's first cell: the record's name linking to its page, and whether its source confirms it. */
export function LinkCell({
  href,
  label,
  verified,
  "data-label": dataLabel,
}: {
  href: string;
  label: string;
  verified: boolean;
  /** The column's label (set by ListTable). */
  "data-label"?: string;
}) {
  return (
    <td data-label={dataLabel} className="list-table__name">
      <Link href={href}>{label}</Link> <UnverifiedBadge verified={verified} />
    </td>
  );
}
