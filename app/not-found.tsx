// The 404 page: for addresses that lead nowhere and for records that do not exist (pages that call notFound()).
import type { Metadata } from "next";
import Link from "next/link";
import { getMessages } from "./_i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.errorPage.notFoundTitle };
}

export default async function NotFound() {
  const { m } = await getMessages();
  return (
    <section className="card" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{m.errorPage.notFoundTitle}</h1>
      <p>{m.errorPage.notFoundText}</p>
      <p>
        <Link className="button" href="/">
          {m.errorPage.toDashboard}
        </Link>
      </p>
    </section>
  );
}
