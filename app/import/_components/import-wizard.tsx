"use client";
// The import's four steps on one page: the file goes up once (base64 through tRPC) and is kept by the server under
// a token; the mapping, the preview and the apply name only the token, so the rows themselves are never trusted
// from the browser.
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import Link from "next/link";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { fmt } from "@/server/i18n/format";
import type { Locale } from "@/server/i18n/locales";
import { IMPORT_LABELS, type ImplementedImportKind } from "@/server/services/import/fields";
import { conflictText, fieldLabel, fileErrorText, reasonText, valueText } from "@/server/services/import/report";
import { columnLetter } from "@/server/services/import/values";
import type { AppRouter } from "@/server/trpc/root";
import { ErrorAlert } from "../../_components/errors";
import { useI18n } from "../../_i18n/client";
import { useTRPC } from "../../_lib/trpc/client";

const MAX_MB = 20;
const MAX_ROWS = 50_000;

/** The file's bytes as base64, a slice at a time (a whole file through String.fromCharCode overflows the stack). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let offset = 0; offset < bytes.length; offset += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  }
  return btoa(binary);
}

/** A refused file in the user's language (the server names the catalogue key), else the server's message. */
function FileError({ error, locale }: { error: unknown; locale: Locale }) {
  if (!error) return null;
  const data = error instanceof TRPCClientError ? (error as TRPCClientError<AppRouter>).data : undefined;
  const importFile = (data as { importFile?: { key: string; params: Record<string, string | number> } } | undefined)
    ?.importFile;
  if (!importFile) return <ErrorAlert error={error} />;
  return (
    <div className="alert alert--error" role="alert" data-import-error={importFile.key}>
      {fileErrorText(importFile.key, importFile.params, locale)}
    </div>
  );
}

export function ImportWizard() {
  const { m, locale } = useI18n();
  const t = m.dataImport;
  const trpc = useTRPC();
  const [mapping, setMapping] = useState<(string | null)[]>([]);
  const [fileError, setFileError] = useState("");
  const resultRef = useRef<HTMLDivElement>(null);
  const previewRef = useRef<HTMLHeadingElement>(null);

  const preview = useMutation(
    trpc.dataImport.preview.mutationOptions({
      onSuccess: (result) => {
        setMapping(result.file.columns.map((column) => column.field));
        requestAnimationFrame(() => previewRef.current?.focus());
      },
    }),
  );
  const stage = useMutation(
    trpc.dataImport.stage.mutationOptions({
      onSuccess: (staged) => preview.mutate({ token: staged.token }),
    }),
  );
  const apply = useMutation(trpc.dataImport.commit.mutationOptions());
  useEffect(() => {
    if (apply.isSuccess) resultRef.current?.focus();
  }, [apply.isSuccess]);

  async function onUpload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFileError("");
    stage.reset();
    preview.reset();
    apply.reset();
    const file = (new FormData(event.currentTarget).get("file") as File | null) ?? null;
    if (!file || file.size === 0 || !file.name) {
      setFileError(t.chooseFile);
      return;
    }
    const kind = String(new FormData(event.currentTarget).get("kind") ?? "AGREEMENTS") as ImplementedImportKind;
    stage.mutate({ kind, fileName: file.name, content: await base64Of(file) });
  }

  function reset() {
    stage.reset();
    preview.reset();
    apply.reset();
    setMapping([]);
  }

  const staged = stage.data;
  const data = preview.data;
  const token = staged?.token;
  const rows = data?.rows ?? [];
  const counts = data?.counts;
  const toApply = counts ? counts.create + counts.change : 0;
  const created = rows.filter((row) => row.action === "create");
  const changed = rows.filter((row) => row.action === "change");
  const conflicts = rows.filter((row) => row.action === "conflict");
  const refused = rows.filter((row) => row.action === "refuse");
  const file = data?.file ?? staged;
  const kind: ImplementedImportKind = (file?.kind as ImplementedImportKind | undefined) ?? "AGREEMENTS";
  // A row of a working-group file holds two records (the group, its milestone): each named with its kind.
  const recordName = (row: { label?: string; entity?: keyof typeof m.admin.entities }) =>
    row.entity && kind === "WORKING_GROUPS" ? `${m.admin.entities[row.entity]}: ${row.label ?? ""}` : (row.label ?? "");

  return (
    <div>
      <section className="card" aria-labelledby="import-upload">
        <h2 id="import-upload">{t.stepUpload}</h2>
        <form className="form" onSubmit={onUpload} noValidate>
          <div className="field">
            <label htmlFor="import-kind">{t.kind}</label>
            <select id="import-kind" name="kind" defaultValue="AGREEMENTS" aria-describedby="import-kind-hint">
              {(Object.keys(IMPORT_LABELS) as ImplementedImportKind[]).map((value) => (
                <option key={value} value={value}>
                  {t.kinds[value]}
                </option>
              ))}
            </select>
            <span id="import-kind-hint" className="field__hint">
              {t.personalDataNote}
            </span>
          </div>
          <div className="field">
            <label htmlFor="import-file">{t.file}</label>
            <input
              id="import-file"
              name="file"
              type="file"
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby="import-file-hint"
              aria-invalid={fileError ? true : undefined}
            />
            <span id="import-file-hint" className="field__hint">
              {fmt(t.fileHint, { rows: MAX_ROWS, mb: MAX_MB }, locale)}
            </span>
            {fileError ? <span className="field__error">{fileError}</span> : null}
          </div>
          <div className="actions">
            <button className="button" type="submit" disabled={stage.isPending || preview.isPending}>
              {stage.isPending ? t.uploading : t.upload}
            </button>
          </div>
        </form>
        <FileError error={stage.error} locale={locale} />
      </section>

      {file && data ? (
        <section className="card" aria-labelledby="import-mapping">
          <h2 id="import-mapping">{t.stepMapping}</h2>
          <p data-detected="">
            {file.format === "csv"
              ? fmt(
                  t.detectedCsv,
                  {
                    encoding: t.encodings[file.encoding ?? "utf-8"],
                    delimiter: file.delimiter ?? ",",
                    rows: file.rowCount,
                  },
                  locale,
                )
              : fmt(t.detected, { format: "XLSX", rows: file.rowCount }, locale)}
          </p>
          <form
            className="form"
            onSubmit={(event) => {
              event.preventDefault();
              if (token) preview.mutate({ token, mapping });
            }}
          >
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t.stepMapping}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.column}</th>
                    <th scope="col">{t.header}</th>
                    <th scope="col">{t.field}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.file.columns.map((column) => {
                    const id = `import-column-${column.index}`;
                    return (
                      <tr key={column.index}>
                        <td>{columnLetter(column.index + 1)}</td>
                        <th scope="row">
                          <label htmlFor={id}>{column.header || "—"}</label>
                          {column.auto ? <div className="small muted">{t.auto}</div> : null}
                          {column.readOnly ? <div className="small muted">{t.readOnly}</div> : null}
                        </th>
                        <td>
                          <div className="field">
                            <select
                              id={id}
                              // Wide enough to read the field's name; on a phone the table scrolls in its box.
                              style={{ minWidth: "12rem" }}
                              value={mapping[column.index] ?? ""}
                              onChange={(event) => {
                                const next = [...mapping];
                                next[column.index] = event.target.value || null;
                                setMapping(next);
                              }}
                            >
                              <option value="">{t.notImported}</option>
                              {(Object.keys(IMPORT_LABELS[kind]) as string[]).map((field) => (
                                <option key={field} value={field}>
                                  {fieldLabel(field, locale, kind)}
                                </option>
                              ))}
                            </select>
                          </div>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <div className="actions">
              <button className="button button--secondary" type="submit" disabled={preview.isPending}>
                {t.refreshPreview}
              </button>
            </div>
          </form>
        </section>
      ) : null}
      {staged ? <FileError error={preview.error} locale={locale} /> : null}

      {data && counts ? (
        <section className="card" aria-labelledby="import-preview" aria-busy={preview.isPending}>
          <h2 id="import-preview" ref={previewRef} tabIndex={-1}>
            {t.stepPreview}
          </h2>
          <p data-summary="">{fmt(t.summary, { ...counts }, locale)}</p>

          <PreviewSection
            id="created"
            title={t.created}
            headers={[t.line, kind === "AGREEMENTS" || kind === "ACTIVITIES" ? m.common.title : m.common.name]}
            rows={created.map((row) => [String(row.line), recordName(row)])}
            hidden={(counts.create ?? 0) - created.length}
          />
          <PreviewSection
            id="changed"
            title={t.changed}
            headers={[t.line, t.record, t.field, t.before, t.after]}
            rows={changed.flatMap((row) =>
              row.action === "change"
                ? row.changes.map((change, index) => [
                    index === 0 ? String(row.line) : "",
                    index === 0 ? `${row.id} · ${recordName(row)}` : "",
                    fieldLabel(change.field, locale, kind),
                    valueText(change.field, change.before, locale, kind),
                    valueText(change.field, change.after, locale, kind),
                  ])
                : [],
            )}
            hidden={counts.change - changed.length}
          />
          <PreviewSection
            id="conflicts"
            title={t.conflicts}
            headers={[t.line, t.record, t.reason]}
            rows={conflicts.map((row) => [
              String(row.line),
              row.action === "conflict" ? `${row.id} · ${recordName(row)}` : "",
              conflictText(row, locale),
            ])}
            hidden={counts.conflict - conflicts.length}
          />
          <PreviewSection
            id="refused"
            title={t.refused}
            headers={[t.line, t.column, t.reason]}
            rows={refused.map((row) =>
              row.action === "refuse"
                ? [
                    String(row.line),
                    row.place ? `${row.place.column} (${row.place.header})` : "—",
                    reasonText(row.reason, locale, kind),
                  ]
                : [],
            )}
            hidden={counts.refuse - refused.length}
          />
        </section>
      ) : null}

      {data && token ? (
        <section className="card" aria-labelledby="import-apply">
          <h2 id="import-apply">{t.stepApply}</h2>
          <div role="status" ref={resultRef} tabIndex={-1}>
            {apply.data ? (
              <p className="alert alert--success">
                {fmt(
                  t.applied,
                  { id: apply.data.importId, created: apply.data.created, changed: apply.data.changed },
                  locale,
                )}{" "}
                <Link href="/agreements">{m.nav.agreements}</Link>
              </p>
            ) : null}
          </div>
          <ErrorAlert error={apply.error} />
          {apply.data ? (
            <div className="actions">
              <button className="button button--secondary" type="button" onClick={reset}>
                {t.again}
              </button>
            </div>
          ) : toApply === 0 ? (
            <p>{t.nothingToApply}</p>
          ) : (
            <>
              <p className="small muted">{t.applyNote}</p>
              <div className="actions">
                <button
                  className="button"
                  type="button"
                  disabled={apply.isPending || preview.isPending}
                  onClick={() => apply.mutate({ token })}
                >
                  {apply.isPending ? t.applying : fmt(t.apply, { count: toApply }, locale)}
                </button>
              </div>
            </>
          )}
        </section>
      ) : null}
    </div>
  );
}

/** One kind of planned rows (created, changed, conflicts, refused) as a table, with how many more are not listed. */
function PreviewSection(props: { id: string; title: string; headers: string[]; rows: string[][]; hidden: number }) {
  const { m, locale } = useI18n();
  if (props.rows.length === 0) return null;
  return (
    <>
      <h3 id={`import-${props.id}`}>{props.title}</h3>
      <div className="table-wrap">
        <table data-section={props.id} aria-labelledby={`import-${props.id}`}>
          <thead>
            <tr>
              {props.headers.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row, index) => (
              // Rows have no identity beyond their place (a changed record spans several rows, one per field).
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <tr key={index}>
                {row.map((cell, column) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                  <td key={column}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {props.hidden > 0 ? (
        <p className="small muted">{fmt(m.dataImport.more, { count: props.hidden }, locale)}</p>
      ) : null}
    </>
  );
}
