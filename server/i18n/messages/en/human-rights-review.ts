// A partnership's human-rights review (m.humanRightsReview.*).
const humanRightsReview: typeof import("../de/human-rights-review").default = {
  title: "Human-rights review",
  intro: "Under the partnership concept with a human-rights focus (council decision 2022/23).",
  status: { NOT_REVIEWED: "Not reviewed", REVIEWED: "Reviewed", CONCERNS_NOTED: "Concerns noted" },
  statusLabel: "State of the review",
  lastReviewedOn: "Last review",
  nextDueOn: "Next review due",
  note: "Note on the review",
  none: "Not recorded",
  save: "Save review",
  saved: "Review saved.",
  dateHint: "YYYY-MM-DD",
};

export default humanRightsReview;
