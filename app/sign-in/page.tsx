import { redirect } from "next/navigation";
import { titledBy } from "../_components/form-page";
import { getMessages } from "../_i18n/server";
import { currentActor, safeNextPath } from "../_lib/session";
import { SignInForm } from "./sign-in-form";

export const dynamic = "force-dynamic";

export const generateMetadata = titledBy((m) => m.auth.signInTitle);

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNextPath((await searchParams).next);
  if (await currentActor()) redirect(next);
  const { m } = await getMessages();
  return (
    <div className="sign-in">
      <div className="page-header">
        <h1>{m.auth.signInTitle}</h1>
        <p>{m.auth.signInIntro}</p>
      </div>
      <SignInForm next={next} />
    </div>
  );
}
