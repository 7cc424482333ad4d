import { z } from 'zod';
import { classificationSchema } from '../model';
import { CLASS_POLICY, type RecipientClass } from './rules';

/**
 * Kinds of recipient, by what the handling codes allow them. The legacy 5x5x5 codes speak of
 * "law enforcement and prosecuting agencies", "UK non-prosecuting parties" and "non-EU law
 * enforcement", so every agency falls into one of those groups (see handling.ts).
 */
export const AGENCY_TYPES = {
  originating_force: {
    label: 'Originating police force (internal)',
    group: 'originator',
    recipientClass: 'police',
  },
  uk_law_enforcement: {
    label: 'Other UK police force or law-enforcement agency',
    group: 'law_enforcement',
    recipientClass: 'police',
  },
  prosecutor: {
    label: 'Prosecuting authority',
    group: 'law_enforcement',
    recipientClass: 'police',
  },
  childrens_services: {
    label: "Children's social care",
    group: 'uk_non_prosecuting',
    recipientClass: 'childrens_social_care',
  },
  adult_social_care: {
    label: 'Adult social care',
    group: 'uk_non_prosecuting',
    recipientClass: 'adult_social_care',
  },
  health: { label: 'Health', group: 'uk_non_prosecuting', recipientClass: 'health' },
  education: { label: 'Education', group: 'uk_non_prosecuting', recipientClass: 'education' },
  youth_justice_probation: {
    label: 'Youth justice or probation',
    group: 'uk_non_prosecuting',
    recipientClass: 'landlord_other',
  },
  housing: { label: 'Housing', group: 'uk_non_prosecuting', recipientClass: 'housing' },
  council_community_safety: {
    label: 'Council community safety',
    group: 'uk_non_prosecuting',
    recipientClass: 'landlord_other',
  },
  council_regulatory: {
    label: 'Council licensing, trading standards or enforcement',
    group: 'uk_non_prosecuting',
    recipientClass: 'licensing',
  },
  licensing_authority: {
    label: 'Licensing authority',
    group: 'uk_non_prosecuting',
    recipientClass: 'licensing',
  },
  trading_standards: {
    label: 'Trading standards',
    group: 'uk_non_prosecuting',
    recipientClass: 'trading_standards',
  },
  landlord: {
    label: 'Private landlord or letting agent',
    group: 'uk_non_prosecuting',
    recipientClass: 'landlord_other',
  },
  voluntary_sector: {
    label: 'Voluntary or community sector',
    group: 'uk_non_prosecuting',
    recipientClass: 'landlord_other',
  },
  overseas_law_enforcement: {
    label: 'Law enforcement outside the UK',
    group: 'overseas_law_enforcement',
    recipientClass: 'police',
  },
} as const satisfies Record<
  string,
  { label: string; group: string; recipientClass: RecipientClass }
>;
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
  /** False keeps safeguarding details back even where the recipient's class may have them. */
  safeguardingDetails: z.boolean().optional(),
});
export type Recipient = z.infer<typeof recipientSchema>;

export function agencyGroup(r: Recipient): AgencyGroup {
  return AGENCY_TYPES[r.agencyType].group;
}

export function recipientClassOf(r: Pick<Recipient, 'agencyType'>): RecipientClass {
  return AGENCY_TYPES[r.agencyType].recipientClass;
}

/** Whether the recipient is law enforcement: only they may read a child's suspect role. */
export function isPoliceRecipient(r: Pick<Recipient, 'agencyType'>): boolean {
  return CLASS_POLICY[recipientClassOf(r)].police;
}

export function receivesSafeguardingDetails(r: Recipient): boolean {
  return r.safeguardingDetails !== false && CLASS_POLICY[recipientClassOf(r)].safeguardingDetails;
}

/** Analysts' working notes stay inside the investigating agencies (not prosecutors, not abroad). */
export function receivesAnalystNotes(r: Recipient): boolean {
  const g = agencyGroup(r);
  return g === 'originator' || (g === 'law_enforcement' && r.agencyType !== 'prosecutor');
}
