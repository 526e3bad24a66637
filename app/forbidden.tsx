import Link from "next/link";
import { getMessages } from "./_i18n/server";

// 403: the signed-in user's role may not open this page (see requireRole in app/_lib/session.ts).
export default async function Forbidden() {
  const { m } = await getMessages();
  return (
    <div className="page-header">
      <h1>{m.auth.forbiddenTitle}</h1>
      <p>{m.auth.forbiddenText}</p>
      <p>
        <Link href="/">{m.nav.dashboard}</Link>
      </p>
    </div>
  );
}
