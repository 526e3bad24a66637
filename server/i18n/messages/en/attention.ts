// English messages of the dashboard's "needs attention", "in force today", "no recorded activity" and pinned
// agreements (m.attention.*).
import type { Messages } from "../de";

const attention: Messages["attention"] = {
  figure: "Need attention",
  title: "Agreements that need attention",
  definition: "Every agreement on which the office has something to decide counts, for at least one of these reasons:",
  reasons: {
    EXPIRED: "Expired: “valid until” has passed, yet the status still says “in force” (record its end or extension)",
    EXPIRING: "Runs out within the next 180 days (renew it or let it end)",
    SUSPENDED: "Suspended (resume, keep suspended or end)",
    DORMANT: "Dormant (revive, keep dormant or end)",
    STALLED: "Proposed or in negotiation with neither a status change nor an activity for three years (pursue or drop)",
    SIGNED_NOT_ACTIVE: "Signed and begun more than 90 days ago, but not recorded as active",
    OVERDUE_MILESTONES: "A working group has overdue milestones",
  },
  reasonCount: "{count, plural, one {# agreement} other {# agreements}}",
  itemReasons: {
    EXPIRED: "expired on {date}",
    EXPIRING: "runs out on {date}",
    SUSPENDED: "suspended since {date}",
    DORMANT: "dormant since {date}",
    STALLED: "“{status}” since {date}, no progress",
    SIGNED_NOT_ACTIVE: "signed/valid since {date}, not active",
    OVERDUE_MILESTONES: "{count, plural, one {# overdue milestone} other {# overdue milestones}}",
  },
  unknownDate: "an unknown date",
  reasonsLabel: "Reasons",
  byType: "By type",
  none: "No agreement needs attention at present.",
  showAll: "Show all {count, number} in the list",
  inForce: "In force (today)",
  inForceDefinition:
    "In force today: begun (“valid from”, else the signing, is not in the future), not expired, and signed, active, dormant or suspended.",
  quietTitle: "No recorded activity (3 years)",
  quietDefinition:
    "Agreements in force with no linked activity and no status change in the last three years, by type. A high figure may also mean that activities are not recorded: {count, number} of {total, plural, one {# agreement} other {# agreements}} in force.",
  inForceFilter: "In force today",
  attentionFilter: "Needs attention",
  pinnedTitle: "Pinned agreements",
  pinnedEmpty: "No agreement pinned yet. On an agreement's page, “Pin to dashboard” puts it here.",
  pin: "Pin to dashboard",
  unpin: "Unpin from dashboard",
  unpinNamed: "Unpin “{title}” from the dashboard",
  pinned: "Pinned to the dashboard.",
  unpinned: "Unpinned from the dashboard.",
  pinnedBy: "pinned by {name} on {date}",
};

export default attention;
