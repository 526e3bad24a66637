"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { type FormEvent, useMemo } from "react";
import { UnverifiedBadge } from "../../_components/badges";
import { ErrorAlert } from "../../_components/errors";
import { Pagination } from "../../_components/pagination";
import { SortHeader } from "../../_components/sort-header";
import { useUrlState } from "../../_components/url-state";
import { useI18n } from "../../_i18n/client";
import { countryName, partnerName } from "../../_i18n/format";
import { useTRPC } from "../../_lib/trpc/client";
import { personListInputFromSearchParams } from "./search-params";

export function PersonList() {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const { searchParams, update, reset } = useUrlState();
  const input = useMemo(() => personListInputFromSearchParams(searchParams), [searchParams]);
  const list = useQuery({ ...trpc.person.list.queryOptions(input), placeholderData: keepPreviousData });
  const partners = useQuery(trpc.partner.options.queryOptions());
  const sort = input.sort ?? "name";
  const dir = input.dir ?? "asc";

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    update({ q: String(data.get("q") ?? "") });
  }

  const select = (name: string, label: string, options: { value: string; label: string }[]) => (
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

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{m.person.listTitle}</h1>
        </div>
        <Link className="button" href="/people/new">
          {m.person.create}
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
                placeholder={m.person.searchPlaceholder}
                style={{ flex: 1, minWidth: "12rem" }}
              />
              <button className="button" type="submit">
                {m.common.search}
              </button>
            </span>
          </div>
          {select("side", m.person.side, [
            { value: "cologne", label: m.person.sideCologne },
            { value: "partner", label: m.person.sidePartner },
          ])}
          {select(
            "partner",
            m.common.partner,
            (partners.data ?? [])
              .map((partner) => ({ value: String(partner.id), label: partnerName(partner, locale) }))
              .sort((a, b) => a.label.localeCompare(b.label, locale)),
          )}
          <div className="actions">
            <button className="button button--secondary" type="button" onClick={reset}>
              {m.common.resetFilters}
            </button>
          </div>
        </form>
      </section>

      <ErrorAlert error={list.error} />
      <section className="card" aria-labelledby="person-table-title" aria-busy={list.isFetching}>
        <h2 id="person-table-title" className="visually-hidden">
          {m.person.listTitle}
        </h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <SortHeader column="name" label={m.common.name} sort={sort} dir={dir} />
                <th scope="col">{m.common.role}</th>
                <SortHeader column="organisation" label={m.common.organisation} sort={sort} dir={dir} />
                <th scope="col">{m.common.partner}</th>
              </tr>
            </thead>
            <tbody>
              {list.data?.items.map((person) => (
                <tr key={person.id}>
                  <td>
                    <Link href={`/people/${person.id}`}>{person.name}</Link>{" "}
                    <UnverifiedBadge verified={person.verified} />
                  </td>
                  <td>{person.role ?? m.common.none}</td>
                  <td>{person.organisation ?? m.common.none}</td>
                  <td>
                    {person.partner ? (
                      <>
                        <Link href={`/partners/${person.partner.id}`}>{partnerName(person.partner, locale)}</Link>
                        <div className="small muted">{countryName(person.partner.countryCode, locale)}</div>
                      </>
                    ) : (
                      m.person.sideCologne
                    )}
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
