import { db } from "@/server/db/client";
import { hasPassword } from "@/server/services/account/accounts";
import { Fact } from "../_components/fact";
import { titledBy } from "../_components/form-page";
import { getMessages } from "../_i18n/server";
import { requireActor } from "../_lib/session";
import { HydrateClient, prefetch, trpc } from "../_lib/trpc/server";
import { CalendarFeedCard } from "./_components/calendar-feed-card";
import { MailSettingsForm } from "./_components/mail-settings-form";
import { OwnPasswordForm } from "./_components/own-password-form";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.admin.ownAccount.title);

export default async function OwnAccountPage() {
  const actor = await requireActor();
  const { m } = await getMessages();
  const withPassword = await hasPassword(db(), actor.id);
  await prefetch(trpc.mail.settings.queryOptions());
  return (
    <HydrateClient>
      <div className="page-header">
        <h1>{m.admin.ownAccount.title}</h1>
      </div>
      <div className="grid grid--two">
        <section className="card" aria-labelledby="own-facts-title">
          <h2 id="own-facts-title">{m.admin.ownAccount.facts}</h2>
          <dl className="facts">
            <Fact label={m.common.name}>{actor.name}</Fact>
            <dt>{m.admin.email}</dt>
            <dd style={{ overflowWrap: "anywhere" }}>{actor.email}</dd>
            <Fact label={m.admin.role}>
              {m.auth.roles[actor.role]}
              <div className="small muted">{m.auth.roleHints[actor.role]}</div>
            </Fact>
          </dl>
        </section>
        <section className="card" aria-labelledby="own-password-title">
          <h2 id="own-password-title">{m.admin.ownAccount.changePassword}</h2>
          {/* An account made by single sign-on has no password here: it is the city account's, changed there. */}
          {withPassword ? <OwnPasswordForm /> : <p>{m.sso.noPasswordHere}</p>}
        </section>
        <CalendarFeedCard />
        <MailSettingsForm />
      </div>
    </HydrateClient>
  );
}
