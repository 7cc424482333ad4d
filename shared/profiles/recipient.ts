import { z } from 'zod';
import { classificationSchema } from '../model';

/**
 * Kinds of recipient, by what the handling codes allow them. The legacy 5x5x5 codes speak of
 * "law enforcement and prosecuting agencies", "UK non-prosecuting parties" and "non-EU law
 * enforcement", so every agency falls into one of those groups (see handling.ts).
 */
export const AGENCY_TYPES = {
  originating_force: {
    label: 'Originating police force (internal)',
    group: 'originator',
    safeguarding: true,
  },
  uk_law_enforcement: {
    label: 'Other UK police force or law-enforcement agency',
    group: 'law_enforcement',
    safeguarding: true,
  },
  prosecutor: { label: 'Prosecuting authority', group: 'law_enforcement', safeguarding: false },
  childrens_services: {
    label: "Children's social care",
    group: 'uk_non_prosecuting',
    safeguarding: true,
  },
  adult_social_care: {
    label: 'Adult social care',
    group: 'uk_non_prosecuting',
    safeguarding: true,
  },
  health: { label: 'Health', group: 'uk_non_prosecuting', safeguarding: true },
  education: { label: 'Education', group: 'uk_non_prosecuting', safeguarding: true },
  youth_justice_probation: {
    label: 'Youth justice or probation',
    group: 'uk_non_prosecuting',
    safeguarding: true,
  },
  housing: { label: 'Housing', group: 'uk_non_prosecuting', safeguarding: false },
  council_community_safety: {
    label: 'Council community safety',
    group: 'uk_non_prosecuting',
    safeguarding: false,
  },
  council_regulatory: {
    label: 'Council licensing, trading standards or enforcement',
    group: 'uk_non_prosecuting',
    safeguarding: false,
  },
  voluntary_sector: {
    label: 'Voluntary or community sector',
    group: 'uk_non_prosecuting',
    safeguarding: false,
  },
  overseas_law_enforcement: {
    label: 'Law enforcement outside the UK',
    group: 'overseas_law_enforcement',
    safeguarding: false,
  },
} as const;
export type AgencyType = keyof typeof AGENCY_TYPES;
export type AgencyGroup = (typeof AGENCY_TYPES)[AgencyType]['group'];
export const AGENCY_TYPE_IDS = Object.keys(AGENCY_TYPES) as [AgencyType, ...AgencyType[]];

/** A condition tag, written in a handling-C grade's conditions as `#tag`, e.g. `#mash-only`. */
const conditionTag = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'Condition tags are lower-case words like mash-only');

export const recipientSchema = z.object({
  /** The named agency, e.g. "Halton Borough Council, Children's Services". */
  agency: z.string().trim().min(1, 'Name the receiving agency').max(200),
  agencyType: z.enum(AGENCY_TYPE_IDS),
  role: z.string().trim().min(1, "State the recipient's role").max(200),
  /** Highest classification the recipient may hold. */
  clearance: classificationSchema,
  /**
   * Handling-C material: true when the author has checked every condition for this recipient,
   * false for none, or the list of condition tags this recipient satisfies.
   */
  mayReceiveConditional: z.union([z.boolean(), z.array(conditionTag).max(100)]),
  /** Overrides the agency type's default for safeguarding details, when the author decides. */
  safeguardingDetails: z.boolean().optional(),
});
export type Recipient = z.infer<typeof recipientSchema>;

export function agencyGroup(r: Recipient): AgencyGroup {
  return AGENCY_TYPES[r.agencyType].group;
}

export function receivesSafeguardingDetails(r: Recipient): boolean {
  return r.safeguardingDetails ?? AGENCY_TYPES[r.agencyType].safeguarding;
}

/** Analysts' working notes stay inside law enforcement. */
export function receivesAnalystNotes(r: Recipient): boolean {
  const g = agencyGroup(r);
  return g === 'originator' || (g === 'law_enforcement' && r.agencyType !== 'prosecutor');
}
