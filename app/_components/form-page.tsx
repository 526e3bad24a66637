// A create or edit page: the way back where there is one, the title (and the record being edited), and the form,
// with what the server prefetched for it (its select options) handed to the browser.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import type { Messages } from "@/server/i18n/messages";
import { getMessages } from "../_i18n/server";
import { HydrateClient } from "../_lib/trpc/server";
import { Breadcrumb } from "./detail";

export function FormPage(props: {
  title: string;
  /** The record being edited. */
  subtitle?: string;
  crumbs?: readonly { href: string; label: string }[];
  children: ReactNode;
}) {
  return (
    <HydrateClient>
      {props.crumbs?.length ? <Breadcrumb crumbs={props.crumbs} /> : null}
      <div className="page-header">
        <h1>{props.title}</h1>
        {props.subtitle ? <p>{props.subtitle}</p> : null}
      </div>
      {props.children}
    </HydrateClient>
  );
}

/** generateMetadata of a page titled by a catalogue text. */
export function titledBy(title: (m: Messages) => string) {
  return async (): Promise<Metadata> => ({ title: title((await getMessages()).m) });
}
