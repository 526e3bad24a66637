import { redirect } from "next/navigation";
import { ssoConfigFromEnv } from "@/server/auth/sso";
import { readEnv } from "@/server/env";
import { titledBy } from "../_components/form-page";
import { getMessages } from "../_i18n/server";
import { currentActor, safeNextPath } from "../_lib/session";
import { SignInForm } from "./sign-in-form";
import { SsoButton } from "./sso-button";
import { ssoErrorMessage } from "./sso-errors";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.auth.signInTitle);

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; error?: string }>;
}) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  if (await currentActor()) redirect(next);
  const { m } = await getMessages();
  const env = readEnv();
  const sso = Boolean(ssoConfigFromEnv(env));
  const password = env.PASSWORD_SIGN_IN;
  // A single sign-on that came back refused (server/auth/auth.ts): what happened and what to do.
  const refusal = sso && typeof params.error === "string" ? ssoErrorMessage(m, params.error) : null;
  return (
    <div className="sign-in">
      <div className="page-header">
        <h1>{m.auth.signInTitle}</h1>
        <p>{sso ? (password ? m.sso.introWithPassword : m.sso.intro) : m.auth.signInIntro}</p>
      </div>
      {refusal ? (
        <div className="alert alert--error" role="alert">
          {refusal.title ? <h2 className="alert__title">{refusal.title}</h2> : null}
          <p>{refusal.text}</p>
        </div>
      ) : null}
      {sso ? <SsoButton next={next} /> : null}
      {sso && password ? (
        <h2 className="sign-in__divider">
          <span>{m.sso.orPassword}</span>
        </h2>
      ) : null}
      {password ? <SignInForm next={next} secondary={sso} /> : null}
    </div>
  );
}
