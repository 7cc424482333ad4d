import { z } from 'zod';
import { isoDateSchema } from '../model';
import { recordIdSchema as idSchema } from '../model';

const text = (max: number) => z.string().trim().max(max).default('');

export const MASH_OUTCOMES = {
  pending: 'Decision pending',
  no_further_action: 'No further action',
  strategy_discussion: 'Strategy discussion',
  early_help: 'Early help',
  child_in_need: 'Child in need assessment (Children Act 1989, s.17)',
  section_47: 'Child protection enquiry (Children Act 1989, s.47)',
  adult_enquiry: 'Adult safeguarding enquiry (Care Act 2014, s.42)',
} as const;
export const NRM_DECISIONS = {
  pending: 'Pending',
  positive: 'Positive',
  negative: 'Negative',
} as const;
export const STRATEGY_OUTCOMES = {
  section_47: 'Start child protection enquiries (s.47)',
  no_section_47: 'No s.47 enquiry; support under s.17',
  further_meeting: 'Meet again',
} as const;

const ids = <T extends Record<string, string>>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
const common = { personId: idSchema, reference: text(100), notes: text(4000) };

/**
 * What the partnership records about safeguarding one person: referrals to the MASH and the
 * National Referral Mechanism, strategy discussions, Child Abduction Warning Notices and missing
 * episodes with their return home interviews. The person is always the one being protected.
 */
export const safeguardingRecordSchema = z.discriminatedUnion('kind', [
  z.object({
    ...common,
    kind: z.literal('mash_referral'),
    referredOn: isoDateSchema,
    referredBy: z.string().trim().min(1, 'Say which agency referred').max(200),
    outcome: z.enum(ids(MASH_OUTCOMES)).default('pending'),
    decidedOn: isoDateSchema.optional(),
  }),
  z.object({
    ...common,
    kind: z.literal('nrm_referral'),
    referredOn: isoDateSchema,
    firstResponder: z.string().trim().min(1, 'Name the first responder organisation').max(200),
    /** An adult's referral needs their consent; a child's does not. */
    consent: z.boolean().default(false),
    reasonableGrounds: z.enum(ids(NRM_DECISIONS)).default('pending'),
    reasonableGroundsOn: isoDateSchema.optional(),
    conclusiveGrounds: z.enum(ids(NRM_DECISIONS)).default('pending'),
    conclusiveGroundsOn: isoDateSchema.optional(),
  }),
  z.object({
    ...common,
    kind: z.literal('strategy_meeting'),
    heldOn: isoDateSchema,
    agencies: z.array(z.string().trim().min(1).max(200)).max(30).default([]),
    outcome: z.enum(ids(STRATEGY_OUTCOMES)),
  }),
  z.object({
    ...common,
    kind: z.literal('cawn'),
    /** The adult the notice is served on. */
    servedOnId: idSchema,
    servedOn: isoDateSchema,
    expiresOn: isoDateSchema,
    issuedBy: z.string().trim().min(1, 'Name the force that issued it').max(200),
  }),
  z.object({
    ...common,
    kind: z.literal('missing_episode'),
    missingFrom: isoDateSchema,
    returnedOn: isoDateSchema.optional(),
    /** Where the person was found, when it is a place on the map. */
    foundAtId: idSchema.optional(),
    interviewOfferedOn: isoDateSchema.optional(),
    interviewHeldOn: isoDateSchema.optional(),
    interviewDeclined: z.boolean().default(false),
    interviewBy: text(200),
  }),
]);
export type SafeguardingRecord = z.infer<typeof safeguardingRecordSchema>;
export type SafeguardingKind = SafeguardingRecord['kind'];

export const SAFEGUARDING_KINDS: Record<SafeguardingKind, string> = {
  mash_referral: 'MASH referral',
  nrm_referral: 'National Referral Mechanism referral',
  strategy_meeting: 'Strategy discussion',
  cawn: 'Child Abduction Warning Notice',
  missing_episode: 'Missing episode',
};
