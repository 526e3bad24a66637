"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { type FormEvent, useMemo } from "react";
import { AGREEMENT_STATUSES, type AgreementStatus, CONTINENTS, PARTNER_KINDS } from "@/server/domain/enums";
import { AgreementStatusBadge, UnverifiedBadge } from "../../_components/badges";
import { ErrorAlert } from "../../_components/errors";
import { Pagination } from "../../_components/pagination";
import { SortHeader } from "../../_components/sort-header";
import { useUrlState } from "../../_components/url-state";
import { useI18n } from "../../_i18n/client";
import { countryName, fmt, partnerName } from "../../_i18n/format";
import { useTRPC } from "../../_lib/trpc/client";
import { partnerListInputFromSearchParams } from "./search-params";

/** How many of a partner's agreements have each status, in the order of the status list. */
function statusCounts(agreements: readonly { status: AgreementStatus }[]) {
  return AGREEMENT_STATUSES.map((status) => ({
    status,
    count: agreements.filter((agreement) => agreement.status === status).length,
  })).filter((entry) => entry.count > 0);
}

export function PartnerList() {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const { searchParams, update, reset } = useUrlState();
  const input = useMemo(() => partnerListInputFromSearchParams(searchParams), [searchParams]);
  const list = useQuery({ ...trpc.partner.list.queryOptions(input), placeholderData: keepPreviousData });
  const countries = useQuery(trpc.partner.countries.queryOptions());
  const sort = input.sort ?? "nameDe";
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
          <h1>{m.partner.listTitle}</h1>
        </div>
        <Link className="button" href="/partners/new">
          {m.partner.create}
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
                placeholder={m.partner.searchPlaceholder}
                style={{ flex: 1, minWidth: "12rem" }}
              />
              <button className="button" type="submit">
                {m.common.search}
              </button>
            </span>
          </div>
          {select(
            "continent",
            m.common.continent,
            CONTINENTS.map((value) => ({ value, label: m.enums.continent[value] })),
          )}
          {select(
            "country",
            m.common.country,
            (countries.data ?? [])
              .map((country) => ({
                value: country.countryCode,
                label: `${countryName(country.countryCode, locale)} (${country.count})`,
              }))
              .sort((a, b) => a.label.localeCompare(b.label, locale)),
          )}
          {select(
            "kind",
            m.partner.kind,
            PARTNER_KINDS.map((value) => ({ value, label: m.enums.partnerKind[value] })),
          )}
          <div className="actions">
            <button className="button button--secondary" type="button" onClick={reset}>
              {m.common.resetFilters}
            </button>
          </div>
        </form>
      </section>

      <ErrorAlert error={list.error} />
      <section className="card" aria-labelledby="partner-table-title" aria-busy={list.isFetching}>
        <h2 id="partner-table-title" className="visually-hidden">
          {m.partner.listTitle}
        </h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <SortHeader column="nameDe" label={m.partner.name} sort={sort} dir={dir} />
                <SortHeader column="countryCode" label={m.common.country} sort={sort} dir={dir} />
                <SortHeader column="continent" label={m.common.continent} sort={sort} dir={dir} />
                <th scope="col">{m.partner.kind}</th>
                <th scope="col">{m.partner.agreements}</th>
              </tr>
            </thead>
            <tbody>
              {list.data?.items.map((partner) => {
                const name = partnerName(partner, locale);
                return (
                  <tr key={partner.id}>
                    <td>
                      <Link href={`/partners/${partner.id}`}>{name}</Link>{" "}
                      <UnverifiedBadge verified={partner.verified} />
                      {partner.nameLocal && partner.nameLocal !== name ? (
                        <div className="local-name small">{partner.nameLocal}</div>
                      ) : null}
                    </td>
                    <td>{countryName(partner.countryCode, locale)}</td>
                    <td>{m.enums.continent[partner.continent]}</td>
                    <td>{m.enums.partnerKind[partner.kind]}</td>
                    <td>
                      <span>{partner._count.agreements}</span>
                      {partner.agreements.length ? (
                        <ul
                          aria-label={m.partner.agreementStatuses}
                          className="actions"
                          style={{ listStyle: "none", margin: "0.25rem 0 0", padding: 0 }}
                        >
                          {statusCounts(partner.agreements).map(({ status, count }) => (
                            <li key={status}>
                              <AgreementStatusBadge status={status} />
                              {count > 1 ? (
                                <span className="small"> {fmt(m.partner.statusCount, { count })}</span>
                              ) : null}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
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
