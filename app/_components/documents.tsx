"use client";
// A record's documents: a table (name as the download link, kind, size, who, when), a restricted one marked and,
// below editor, without its link; for editors a form to upload (the file's bytes streamed to
// POST /api/documents) and a delete button with a confirmation step. Messages go to a status line or an alert.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useCallback, useId, useRef, useState } from "react";
import { documentKind } from "@/server/domain/documents";
import { fmt, formatDateTime } from "@/server/i18n/format";
import type { Locale } from "@/server/i18n/locales";
import type { Messages } from "@/server/i18n/messages";
import type { TDocumentRecord } from "@/server/schemas/document";
import { useI18n } from "../_i18n/client";
import { useTRPC } from "../_lib/trpc/client";
import { ErrorAlert } from "./errors";
import { usePermissions } from "./session-context";

function sizeText(bytes: number, m: Messages, locale: Locale): string {
  if (bytes < 1024) return fmt(m.documents.bytes, { size: bytes }, locale);
  if (bytes < 1024 * 1024) return fmt(m.documents.kilobytes, { size: bytes / 1024 }, locale);
  return fmt(m.documents.megabytes, { size: bytes / (1024 * 1024) }, locale);
}

export function Documents({ record, maxMb }: { record: TDocumentRecord; maxMb: number }) {
  const { m, locale } = useI18n();
  const { edit } = usePermissions();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const headingId = `documents-title`;
  const documents = useQuery(trpc.document.list.queryOptions({ record }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.document.list.queryKey({ record }) });
  const remove = useMutation(trpc.document.remove.mutationOptions({ onSuccess: refresh }));
  const [confirming, setConfirming] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const focusOnMount = useCallback((button: HTMLButtonElement | null) => button?.focus(), []);

  function say(text: string) {
    setMessage(text);
    setUploadError(null);
    requestAnimationFrame(() => messageRef.current?.focus());
  }

  async function onUpload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get("file");
    if (!(file instanceof File) || file.name === "") {
      setUploadError(m.documents.chooseFile);
      return;
    }
    setUploading(true);
    setMessage(null);
    setUploadError(null);
    try {
      const params = new URLSearchParams({ record: record.type, id: String(record.id), name: file.name });
      if (data.get("restricted") === "on") params.set("restricted", "1");
      const response = await fetch(`/api/documents?${params}`, {
        method: "POST",
        body: file,
        headers: { "Content-Type": "application/octet-stream" },
      });
      const answer = (await response.json().catch(() => ({}))) as { error?: string; fileName?: string };
      if (!response.ok) {
        setUploadError(fmt(m.documents.failed, { reason: answer.error ?? String(response.status) }, locale));
        return;
      }
      form.reset();
      await refresh();
      say(fmt(m.documents.uploaded, { name: answer.fileName ?? file.name }, locale));
    } catch (error) {
      setUploadError(fmt(m.documents.failed, { reason: error instanceof Error ? error.message : "" }, locale));
    } finally {
      setUploading(false);
    }
  }

  const items = documents.data ?? [];
  return (
    <section
      className="card documents"
      aria-labelledby={headingId}
      aria-busy={documents.isFetching}
      style={{ marginTop: "1rem" }}
    >
      <h2 id={headingId}>{m.documents.title}</h2>
      {message ? (
        <p className="alert alert--success" role="status" tabIndex={-1} ref={messageRef}>
          {message}
        </p>
      ) : null}
      <ErrorAlert error={documents.error ?? remove.error} />
      {documents.isPending ? <p className="muted">{m.common.loading}</p> : null}
      {documents.data && items.length === 0 ? <p>{m.documents.empty}</p> : null}
      {items.length ? (
        <div className="table-wrap">
          <table className="list-table documents__table">
            <caption className="visually-hidden">{m.documents.caption}</caption>
            <thead>
              <tr>
                <th scope="col" className="list-table__name">
                  {m.documents.name}
                </th>
                <th scope="col">{m.documents.type}</th>
                <th scope="col">{m.documents.size}</th>
                <th scope="col">{m.documents.uploadedBy}</th>
                {edit ? <th scope="col">{m.documents.actions}</th> : null}
              </tr>
            </thead>
            <tbody>
              {items.map((document) => {
                const kind = documentKind(document.mediaType);
                return (
                  <tr key={document.id}>
                    <td className="list-table__name documents__name">
                      {document.canDownload ? (
                        <a
                          href={`/api/documents/${document.id}`}
                          download={document.fileName}
                          aria-label={fmt(m.documents.download, { name: document.fileName }, locale)}
                        >
                          {document.fileName}
                        </a>
                      ) : (
                        <span>
                          {document.fileName} <span className="small muted">({m.documents.restrictedNoAccess})</span>
                        </span>
                      )}
                      {document.restricted ? (
                        <>
                          {" "}
                          <span className="badge badge--outline">{m.documents.restrictedBadge}</span>
                        </>
                      ) : null}
                    </td>
                    <td data-label={m.documents.type}>{kind ? m.documents.kinds[kind] : document.mediaType}</td>
                    <td data-label={m.documents.size}>{sizeText(document.size, m, locale)}</td>
                    <td data-label={m.documents.uploadedBy}>
                      {document.uploadedByName}
                      <div className="small muted">{formatDateTime(document.createdAt, locale)}</div>
                    </td>
                    {edit ? (
                      <td data-label={m.documents.actions}>
                        {document.canDelete ? (
                          confirming === document.id ? (
                            <button
                              ref={focusOnMount}
                              type="button"
                              className="link-button link-button--danger"
                              disabled={remove.isPending}
                              onClick={() =>
                                remove.mutate(
                                  { id: document.id },
                                  {
                                    onSuccess: () => {
                                      setConfirming(null);
                                      say(fmt(m.documents.deleted, { name: document.fileName }, locale));
                                    },
                                  },
                                )
                              }
                            >
                              {fmt(m.documents.deleteConfirm, { name: document.fileName }, locale)}
                            </button>
                          ) : (
                            <button
                              type="button"
                              className="link-button"
                              aria-label={fmt(m.documents.deleteLabel, { name: document.fileName }, locale)}
                              onClick={() => setConfirming(document.id)}
                            >
                              {m.documents.delete}
                            </button>
                          )
                        ) : null}
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {edit ? (
        <form
          className="documents__upload"
          onSubmit={onUpload}
          aria-labelledby={`${id}-upload-title`}
          style={{ marginTop: "1.5rem" }}
        >
          <h3 id={`${id}-upload-title`}>{m.documents.uploadTitle}</h3>
          {uploadError ? (
            <div className="alert alert--error" role="alert">
              {uploadError}
            </div>
          ) : null}
          <div className="field">
            <label htmlFor={`${id}-file`}>{fmt(m.documents.file, { max: maxMb }, locale)}</label>
            <input
              id={`${id}-file`}
              name="file"
              type="file"
              accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.tif,.tiff,.docx,.xlsx,.pptx,.odt,.ods,.odp,.doc,.xls,.ppt"
            />
          </div>
          <div className="field field--checkbox">
            <input id={`${id}-restricted`} name="restricted" type="checkbox" />
            <label htmlFor={`${id}-restricted`}>{m.documents.restricted}</label>
          </div>
          <button className="button button--secondary" type="submit" disabled={uploading}>
            {uploading ? m.documents.uploading : m.documents.upload}
          </button>
        </form>
      ) : null}
    </section>
  );
}
