"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { type FormEvent, useMemo } from "react";
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, CONTINENTS } from "@/server/domain/enums";
import { agreementListInputFromSearchParams } from "@/server/schemas/agreement";
import { AgreementStatusBadge, UnverifiedBadge } from "../../_components/badges";
import { ErrorAlert } from "../../_components/errors";
import { Pagination } from "../../_components/pagination";
import { SortHeader } from "../../_components/sort-header";
import { useUrlState } from "../../_components/url-state";
import { useI18n } from "../../_i18n/client";
import { countryName, formatDate, partnerName } from "../../_i18n/format";
import { useTRPC } from "../../_lib/trpc/client";

export function AgreementList() {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const { searchParams, update, reset } = useUrlState();
  const input = useMemo(() => agreementListInputFromSearchParams(searchParams), [searchParams]);
  const list = useQuery({ ...trpc.agreement.list.queryOptions(input), placeholderData: keepPreviousData });
  const areas = useQuery(trpc.cooperationArea.list.queryOptions());
  const countries = useQuery(trpc.partner.countries.queryOptions());
  const sort = input.sort ?? "signedOn";
  const dir = input.dir ?? "asc";

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    update({ q: String(data.get("q") ?? ""), from: String(data.get("from") ?? ""), to: String(data.get("to") ?? "") });
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
          <h1>{m.agreement.listTitle}</h1>
        </div>
        <Link className="button" href="/agreements/new">
          {m.agreement.create}
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
                placeholder={m.agreement.searchPlaceholder}
                style={{ flex: 1, minWidth: "12rem" }}
              />
              <button className="button" type="submit">
                {m.common.search}
              </button>
            </span>
          </div>
          {select(
            "status",
            m.common.status,
            AGREEMENT_STATUSES.map((value) => ({ value, label: m.enums.agreementStatus[value] })),
          )}
          {select(
            "type",
            m.common.type,
            AGREEMENT_TYPES.map((value) => ({ value, label: m.enums.agreementType[value] })),
          )}
          {select(
            "area",
            m.agreement.area,
            (areas.data ?? []).map((area) => ({
              value: area.code,
              label: locale === "de" ? area.nameDe : area.nameEn,
            })),
          )}
          {select(
            "continent",
            m.common.continent,
            CONTINENTS.map((value) => ({ value, label: m.enums.continent[value] })),
          )}
          {select(
            "country",
            m.common.country,
            (countries.data ?? [])
              .map((country) => ({ value: country.countryCode, label: countryName(country.countryCode, locale) }))
              .sort((a, b) => a.label.localeCompare(b.label, locale)),
          )}
          <div className="field">
            <label htmlFor="filter-from">{m.common.yearFrom}</label>
            <input id="filter-from" name="from" type="number" min={1000} max={2200} defaultValue={input.yearFrom} />
          </div>
          <div className="field">
            <label htmlFor="filter-to">{m.common.yearTo}</label>
            <input id="filter-to" name="to" type="number" min={1000} max={2200} defaultValue={input.yearTo} />
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
      <section className="card" aria-labelledby="agreement-table-title" aria-busy={list.isFetching}>
        <h2 id="agreement-table-title" className="visually-hidden">
          {m.agreement.listTitle}
        </h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <SortHeader column="title" label={m.common.title} sort={sort} dir={dir} />
                <SortHeader column="partner" label={m.common.partner} sort={sort} dir={dir} />
                <SortHeader column="type" label={m.common.type} sort={sort} dir={dir} />
                <SortHeader column="status" label={m.common.status} sort={sort} dir={dir} />
                <SortHeader column="signedOn" label={m.agreement.signedOn} sort={sort} dir={dir} />
                <th scope="col">{m.agreement.areas}</th>
              </tr>
            </thead>
            <tbody>
              {list.data?.items.map((agreement) => (
                <tr key={agreement.id}>
                  <td>
                    <Link href={`/agreements/${agreement.id}`}>{agreement.title}</Link>{" "}
                    <UnverifiedBadge verified={agreement.verified} />
                  </td>
                  <td>
                    {partnerName(agreement.partner, locale)}
                    {agreement.partner.nameLocal &&
                    agreement.partner.nameLocal !== partnerName(agreement.partner, locale) ? (
                      <span className="local-name"> · {agreement.partner.nameLocal}</span>
                    ) : null}
                    <div className="small muted">{countryName(agreement.partner.countryCode, locale)}</div>
                  </td>
                  <td>{m.enums.agreementType[agreement.type]}</td>
                  <td>
                    <AgreementStatusBadge status={agreement.status} />
                    {agreement.statusScope ? <div className="small muted">{agreement.statusScope}</div> : null}
                  </td>
                  <td>{formatDate(agreement.signedOn, locale, agreement.signedOnPrecision)}</td>
                  <td className="small">
                    {agreement.areas.map((link) => (locale === "de" ? link.area.nameDe : link.area.nameEn)).join(", ")}
                  </td>
                </tr>
              ))}
              {list.data && list.data.items.length === 0 ? (
                <tr>
                  <td colSpan={6}>{m.common.noEntries}</td>
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
