"use client";
// A list's saved views: a disclosure menu (like the export menu) with the user's own and the shared views, each a
// link to the list's URL with its filter, sort and shown columns; the current view saved under a name (privately or shared); the
// owner renames, shares and deletes; an admin deletes shared ones. A view whose stored filter no longer fits the
// list is shown with what is wrong, not as a link (server/lists/saved-views.ts checks it).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { type FormEvent, useCallback, useId, useRef, useState } from "react";
import { fmt } from "@/server/i18n/format";
import type { SavedViewList } from "@/server/lists/saved-views";
import { useI18n } from "../_i18n/client";
import { useTRPC } from "../_lib/trpc/client";
import { ErrorAlert } from "./errors";

export function SavedViewsMenu({ list }: { list: SavedViewList }) {
  const { m, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const searchParams = useSearchParams();
  const id = useId();
  // The confirmation replaces the focused "Löschen" button: the focus moves to it instead of falling to the page.
  const focusOnMount = useCallback((button: HTMLButtonElement | null) => button?.focus(), []);
  const views = useQuery(trpc.savedView.list.queryOptions({ list }));
  const [message, setMessage] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<number | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.savedView.pathKey() });
  const say = (text: string) => {
    setMessage(text);
    requestAnimationFrame(() => messageRef.current?.focus());
  };

  const create = useMutation(trpc.savedView.create.mutationOptions({ onSuccess: refresh }));
  const update = useMutation(trpc.savedView.update.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.savedView.remove.mutationOptions({ onSuccess: refresh }));

  function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const name = String(data.get("name") ?? "").trim();
    if (!name) return;
    const query = new URLSearchParams(searchParams.toString());
    query.delete("page");
    create.mutate(
      { list, name, query: query.toString(), shared: data.get("shared") === "on" },
      {
        onSuccess: () => {
          form.reset();
          say(fmt(m.savedViews.saved, { name }, locale));
        },
      },
    );
  }

  function onRename(event: FormEvent<HTMLFormElement>, view: { id: number; version: number }) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = String(data.get("name") ?? "").trim();
    if (!name) return;
    update.mutate(
      { id: view.id, version: view.version, name, shared: data.get("shared") === "on" },
      {
        onSuccess: () => {
          setRenaming(null);
          say(fmt(m.savedViews.saved, { name }, locale));
        },
      },
    );
  }

  const items = views.data ?? [];
  return (
    <details className="export-menu saved-views">
      <summary aria-label={m.savedViews.menuLabel}>{m.savedViews.menu}</summary>
      <div className="export-menu__panel saved-views__panel">
        {message ? (
          <p className="alert alert--success" role="status" tabIndex={-1} ref={messageRef}>
            {message}
          </p>
        ) : null}
        <ErrorAlert error={views.error ?? create.error ?? update.error ?? remove.error} />
        {items.length === 0 ? <p className="small">{m.savedViews.empty}</p> : null}
        <ul aria-label={m.savedViews.menuLabel}>
          {items.map((view) => (
            <li key={view.id} className="saved-views__item">
              {view.problem ? (
                <>
                  <span className="saved-views__name">{view.name}</span>
                  <span className="field__error">
                    {fmt(m.savedViews.broken, { parameter: view.problem.parameter }, locale)}
                  </span>
                </>
              ) : (
                <Link href={view.href} className="saved-views__name">
                  {view.name}
                </Link>
              )}
              <span className="small muted">
                {view.shared ? ` · ${m.savedViews.sharedBadge}` : ""}
                {view.mine ? "" : ` · ${fmt(m.savedViews.by, { name: view.ownerName }, locale)}`}
              </span>
              <span className="saved-views__actions">
                {view.canEdit ? (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={fmt(m.savedViews.renameLabel, { name: view.name }, locale)}
                    aria-expanded={renaming === view.id}
                    onClick={() => setRenaming(renaming === view.id ? null : view.id)}
                  >
                    {m.savedViews.rename}
                  </button>
                ) : null}
                {view.canDelete ? (
                  confirming === view.id ? (
                    <button
                      ref={focusOnMount}
                      type="button"
                      className="link-button link-button--danger"
                      onClick={() =>
                        remove.mutate(
                          { id: view.id },
                          {
                            onSuccess: () => {
                              setConfirming(null);
                              say(fmt(m.savedViews.deleted, { name: view.name }, locale));
                            },
                          },
                        )
                      }
                    >
                      {fmt(m.savedViews.deleteConfirm, { name: view.name }, locale)}
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="link-button"
                      aria-label={fmt(m.savedViews.deleteLabel, { name: view.name }, locale)}
                      onClick={() => setConfirming(view.id)}
                    >
                      {m.savedViews.delete}
                    </button>
                  )
                ) : null}
              </span>
              {renaming === view.id ? (
                <form className="saved-views__form" onSubmit={(event) => onRename(event, view)}>
                  <div className="field">
                    <label htmlFor={`${id}-rename-${view.id}`}>{m.savedViews.newName}</label>
                    <input
                      id={`${id}-rename-${view.id}`}
                      name="name"
                      defaultValue={view.name}
                      maxLength={100}
                      required
                    />
                  </div>
                  <div className="field field--checkbox">
                    <input id={`${id}-reshare-${view.id}`} name="shared" type="checkbox" defaultChecked={view.shared} />
                    <label htmlFor={`${id}-reshare-${view.id}`}>{m.savedViews.share}</label>
                  </div>
                  <button className="button button--secondary" type="submit" disabled={update.isPending}>
                    {m.savedViews.saveName}
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
        <form className="saved-views__form" onSubmit={onSave} aria-labelledby={`${id}-save-title`}>
          <h2 className="saved-views__heading" id={`${id}-save-title`}>
            {m.savedViews.saveCurrent}
          </h2>
          <div className="field">
            <label htmlFor={`${id}-name`}>{m.savedViews.name}</label>
            <input id={`${id}-name`} name="name" maxLength={100} required autoComplete="off" />
          </div>
          <div className="field field--checkbox">
            <input id={`${id}-shared`} name="shared" type="checkbox" />
            <label htmlFor={`${id}-shared`}>{m.savedViews.share}</label>
          </div>
          <button className="button" type="submit" disabled={create.isPending}>
            {m.savedViews.save}
          </button>
        </form>
      </div>
    </details>
  );
}
