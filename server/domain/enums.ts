// The enums of the data model, re-exported for code that runs in the browser too (no Prisma runtime here).
export * from "../db/generated/enums";

import * as Enums from "../db/generated/enums";

/** Every value of each enum in display order; the one list filters, forms, charts and tests use. */
export const AGREEMENT_STATUSES = Object.values(Enums.AgreementStatus);
export const AGREEMENT_TYPES = Object.values(Enums.AgreementType);
export const AREA_LINK_STATUSES = Object.values(Enums.AreaLinkStatus);
export const CONTINENTS = Object.values(Enums.Continent);
export const PARTNER_KINDS = Object.values(Enums.PartnerKind);
export const WORKING_GROUP_STATUSES = Object.values(Enums.WorkingGroupStatus);
export const MILESTONE_STATUSES = Object.values(Enums.MilestoneStatus);
export const ACTIVITY_TYPES = Object.values(Enums.ActivityType);
export const AUDIT_ACTIONS = Object.values(Enums.AuditAction);
export const AUDIT_ENTITIES = Object.values(Enums.AuditEntity);
export const COMMITMENT_STATUSES = Object.values(Enums.CommitmentStatus);
export const HUMAN_RIGHTS_REVIEW_STATUSES = Object.values(Enums.HumanRightsReviewStatus);
