// The enums of the data model, re-exported for code that runs in the browser too (no Prisma runtime here).
export {
  ActivityType,
  AgreementStatus,
  AgreementType,
  AreaLinkStatus,
  AuditAction,
  AuditEntity,
  Continent,
  DatePrecision,
  MilestoneStatus,
  PartnerKind,
  UserRole,
  WorkingGroupStatus,
} from "../db/generated/enums";

import {
  ActivityType,
  AgreementStatus,
  AgreementType,
  AreaLinkStatus,
  AuditAction,
  AuditEntity,
  Continent,
  MilestoneStatus,
  PartnerKind,
  WorkingGroupStatus,
} from "../db/generated/enums";

/** Every value of each enum in display order; the one list filters, forms, charts and tests use. */
export const AGREEMENT_STATUSES = Object.values(AgreementStatus);
export const AGREEMENT_TYPES = Object.values(AgreementType);
export const AREA_LINK_STATUSES = Object.values(AreaLinkStatus);
export const CONTINENTS = Object.values(Continent);
export const PARTNER_KINDS = Object.values(PartnerKind);
export const WORKING_GROUP_STATUSES = Object.values(WorkingGroupStatus);
export const MILESTONE_STATUSES = Object.values(MilestoneStatus);
export const ACTIVITY_TYPES = Object.values(ActivityType);
export const AUDIT_ACTIONS = Object.values(AuditAction);
export const AUDIT_ENTITIES = Object.values(AuditEntity);
