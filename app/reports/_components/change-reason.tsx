// A status change's reason, with the part of the agreement it concerns (its scope) under it: one cell of the
// dossier's status history and of the annual report's status changes.
import type { Messages } from "@/server/i18n/messages";

export function ChangeReason({ change, m }: { change: { reason: string; scope: string | null }; m: Messages }) {
  return (
    <td>
      {change.reason}
      {change.scope ? (
        <div className="small">
          {m.agreement.scope}: {change.scope}
        </div>
      ) : null}
    </td>
  );
}
