// Bulk changes and saved views of the lists (m.bulk.*, m.savedViews.*).
const bulk: typeof import("../de/bulk").default = {
  selectColumn: "Selection",
  selectRow: "Select “{title}”",
  selectPage: "Select all on this page",
  selected: "{count, plural, =0 {None selected} one {# selected} other {# selected}}",
  selectAllMatching: "Select all {count, plural, one {# match} other {# matches}} of the filter",
  allMatchingSelected: "All matches of the filter are selected.",
  clearSelection: "Clear selection",
  barTitle: "Bulk change",
  changeKind: "What to change?",
  kinds: {
    status: "Status",
    responsibleUnit: "Responsible unit",
    areaStatus: "Status of a cooperation area",
  },
  newStatus: "New status",
  reason: "Reason (for all)",
  scope: "Scope (only for “Dormant” or “Suspended”, for all)",
  effectiveOn: "Effective from (for all)",
  responsibleUnit: "New responsible unit (empty: none)",
  area: "Cooperation area",
  areaStatus: "New status of the link",
  preview: "Preview",
  previewTitle: "Preview of the bulk change",
  summary:
    "{changes, plural, =0 {None will change} one {# will change} other {# will change}}, {refused, plural, =0 {none refused} one {# refused} other {# refused}}, {unchanged, plural, =0 {none unchanged} one {# unchanged} other {# unchanged}}, {conflicts, plural, =0 {no conflicts} one {# conflict} other {# conflicts}}.",
  exceeded:
    "{matched, plural, one {# agreement matches} other {# agreements match}} the filter; a bulk change takes at most {limit, number} agreements. Please narrow the filter.",
  refusedTitle: "Refused",
  conflictsTitle: "Changed since selected (conflict)",
  conflictBy: "changed by {by} on {at}",
  conflictUnknown: "changed since selected",
  changesTitle: "Will change",
  refusals: {
    transition: "This status is not allowed from “{from}”",
    beforeCurrentStatus: "The date lies before the current status took effect ({date})",
    noAreaLink: "Not linked to this cooperation area",
    unchanged: "Already has this value",
  },
  apply: "{count, plural, one {Change # agreement} other {Change # agreements}}",
  applied: "{count, plural, one {# agreement was changed.} other {# agreements were changed.}}",
  partnerApply: "{count, plural, one {Change # partner} other {Change # partners}}",
  partnerApplied: "{count, plural, one {# partner was changed.} other {# partners were changed.}}",
  partnerExceeded:
    "{matched, plural, one {# partner matches} other {# partners match}} the filter; a bulk change takes at most {limit, number} partners. Please narrow the filter.",
  reviewNote: "Note on the review (empty: the current note stays)",
  commitmentApply: "{count, plural, one {Change # commitment} other {Change # commitments}}",
  commitmentApplied: "{count, plural, one {# commitment was changed.} other {# commitments were changed.}}",
  commitmentExceeded:
    "{matched, plural, one {# commitment matches} other {# commitments match}} the filter; a bulk change takes at most {limit, number} commitments. Please narrow the filter.",
  workingGroupApply: "{count, plural, one {Change # working group} other {Change # working groups}}",
  workingGroupApplied: "{count, plural, one {# working group was changed.} other {# working groups were changed.}}",
  workingGroupExceeded:
    "{matched, plural, one {# working group matches} other {# working groups match}} the filter; a bulk change takes at most {limit, number} working groups. Please narrow the filter.",
  activityKinds: {
    verified: "Verified (confirmed by the source)",
    type: "Type",
    area: "Add or remove a cooperation area",
  },
  personKinds: {
    verified: "Verified (confirmed by the source)",
    organisation: "Organisation",
  },
  verifiedValues: { VERIFIED: "Verified", UNVERIFIED: "Not verified" },
  verifiedValue: "New value",
  newType: "New type",
  areaAction: "Add or remove",
  areaActions: { ADD: "Add", REMOVE: "Remove" },
  organisation: "New organisation (empty: none)",
  erased: "Personal data erased (GDPR Art. 17)",
  activityApply: "{count, plural, one {Change # activity} other {Change # activities}}",
  activityApplied: "{count, plural, one {# activity was changed.} other {# activities were changed.}}",
  activityExceeded:
    "{matched, plural, one {# activity matches} other {# activities match}} the filter; a bulk change covers at most {limit, number} activities. Please narrow the filter.",
  personApply: "{count, plural, one {Change # person} other {Change # people}}",
  personApplied: "{count, plural, one {# person was changed.} other {# people were changed.}}",
  personExceeded:
    "{matched, plural, one {# person matches} other {# people match}} the filter; a bulk change covers at most {limit, number} people. Please narrow the filter.",
  none: "(none)",
};

export default bulk;
