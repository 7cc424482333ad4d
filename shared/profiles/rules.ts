/**
 * The disclosure rules as data: what each class of recipient may receive. Two tables, read by
 * redact.ts and nothing else:
 *
 * - CLASS_POLICY: one row per recipient class, the rules that cut across record kinds (grades,
 *   analysts' notes, source references, safeguarding details).
 * - KIND_RULES: one row per record kind, one cell per recipient class: withheld (`false`) or the
 *   fields that may go. Adding a record kind (an order, a referral, a register entry) is one row
 *   here with a cell for every class; the compiler refuses a row that misses a class. See
 *   docs/disclosure-rules.md.
 */
import type { EntityKind } from '../model';
import { RECORD_KIND_RULES, type RecordKind, type RecordRule } from './recordRules';

export type { RecordKind, RecordRule } from './recordRules';

export const RECIPIENT_CLASSES = {
  police: 'Police and law enforcement',
  childrens_social_care: "Children's social care",
  adult_social_care: 'Adult social care',
  housing: 'Housing',
  licensing: 'Licensing',
  trading_standards: 'Trading standards',
  education: 'Education',
  health: 'Health',
  landlord_other: 'Landlord or other partner',
} as const;
export type RecipientClass = keyof typeof RECIPIENT_CLASSES;
export const RECIPIENT_CLASS_IDS = Object.keys(RECIPIENT_CLASSES) as [
  RecipientClass,
  ...RecipientClass[],
];

export interface ClassPolicy {
  /** Law enforcement: may see suspect roles, E grades and ungraded material (flagged as such). */
  police: boolean;
  /** Intelligence assessed E (3x5x2) or 5 (5x5x5): suspected to be false or malicious. */
  gradedE: boolean;
  /** A link with no grade and no intelligence behind it (call records, spreadsheets). */
  ungraded: boolean;
  analystNotes: boolean;
  /** Intelligence report references, which can lead back to a source. */
  sourceReferences: boolean;
  /** Safeguarding assessments (risk levels, missing episodes, care status, assessor's notes). */
  safeguardingDetails: boolean;
}

const PARTNER: ClassPolicy = {
  police: false,
  gradedE: false,
  ungraded: false,
  analystNotes: false,
  sourceReferences: false,
  safeguardingDetails: false,
};

export const CLASS_POLICY: Record<RecipientClass, ClassPolicy> = {
  police: {
    police: true,
    gradedE: true,
    ungraded: true,
    analystNotes: true,
    sourceReferences: true,
    safeguardingDetails: true,
  },
  childrens_social_care: { ...PARTNER, safeguardingDetails: true },
  adult_social_care: { ...PARTNER, safeguardingDetails: true },
  housing: PARTNER,
  licensing: PARTNER,
  trading_standards: PARTNER,
  education: { ...PARTNER, safeguardingDetails: true },
  health: { ...PARTNER, safeguardingDetails: true },
  landlord_other: PARTNER,
};

/**
 * Kinds of record a profile can carry. Entity kinds, links, intelligence and plan actions, and
 * the partnership's casework: orders and notices and the five kinds of safeguarding record.
 */
export type SharedKind = EntityKind | 'link' | 'intelligence' | 'plan_action' | RecordKind;

/**
 * `false`: never shared with that class. `'all'`: every field. A list: only those attribute
 * fields. A RecordRule (casework only): the fields, and which of those records at all.
 */
export type KindRule = false | 'all' | readonly string[] | RecordRule;

const NAME = ['forenames', 'surname'] as const;
const IDENTITY = [...NAME, 'aliases', 'dateOfBirth', 'gender'] as const;
/** `roles` go through the child-first wording; `safeguarding` also needs CLASS_POLICY's consent. */
const PERSON_CARE = [...IDENTITY, 'roles', 'safeguarding'] as const;
const PERSON_ENFORCEMENT = [...NAME, 'aliases', 'dateOfBirth', 'roles'] as const;

type Row = Record<RecipientClass, KindRule>;
const row = (police: KindRule, partners: Omit<Row, 'police'>): Row => ({ police, ...partners });

export const KIND_RULES: Record<SharedKind, Row> = {
  // An entity of a type our model does not know (kept from an imported chart): it could hold
  // anything, so it goes to the police only until the analyst gives it a kind of ours.
  other: row('all', {
    childrens_social_care: false,
    adult_social_care: false,
    housing: false,
    licensing: false,
    trading_standards: false,
    education: false,
    health: false,
    landlord_other: false,
  }),
  nominal: row('all', {
    childrens_social_care: PERSON_CARE,
    adult_social_care: PERSON_CARE,
    housing: PERSON_ENFORCEMENT,
    licensing: PERSON_ENFORCEMENT,
    trading_standards: PERSON_ENFORCEMENT,
    education: [...IDENTITY, 'roles', 'safeguarding'],
    health: PERSON_CARE,
    landlord_other: [...NAME, 'roles'],
  }),
  ocg: row('all', {
    childrens_social_care: 'all',
    adult_social_care: 'all',
    housing: 'all',
    licensing: 'all',
    trading_standards: 'all',
    education: 'all',
    health: 'all',
    landlord_other: 'all',
  }),
  usg: row('all', {
    childrens_social_care: 'all',
    adult_social_care: 'all',
    housing: 'all',
    licensing: 'all',
    trading_standards: 'all',
    education: 'all',
    health: 'all',
    landlord_other: 'all',
  }),
  location: row('all', {
    childrens_social_care: 'all',
    adult_social_care: 'all',
    housing: 'all',
    licensing: 'all',
    trading_standards: 'all',
    education: 'all',
    health: 'all',
    landlord_other: ['address', 'postcode', 'use'],
  }),
  phone: row('all', {
    childrens_social_care: ['number'],
    adult_social_care: ['number'],
    housing: false,
    licensing: false,
    trading_standards: false,
    education: false,
    health: false,
    landlord_other: false,
  }),
  vehicle: row('all', {
    childrens_social_care: false,
    adult_social_care: false,
    housing: false,
    licensing: 'all',
    trading_standards: 'all',
    education: false,
    health: false,
    landlord_other: false,
  }),
  organisation: row('all', {
    childrens_social_care: 'all',
    adult_social_care: 'all',
    housing: 'all',
    licensing: 'all',
    trading_standards: 'all',
    education: 'all',
    health: 'all',
    landlord_other: 'all',
  }),
  link: row('all', {
    childrens_social_care: 'all',
    adult_social_care: 'all',
    housing: 'all',
    licensing: 'all',
    trading_standards: 'all',
    education: 'all',
    health: 'all',
    landlord_other: 'all',
  }),
  intelligence: row('all', {
    childrens_social_care: 'all',
    adult_social_care: 'all',
    housing: false,
    licensing: false,
    trading_standards: false,
    education: false,
    health: false,
    landlord_other: false,
  }),
  plan_action: row('all', {
    childrens_social_care: 'all',
    adult_social_care: 'all',
    housing: 'all',
    licensing: 'all',
    trading_standards: 'all',
    education: 'all',
    health: 'all',
    landlord_other: 'all',
  }),
  ...RECORD_KIND_RULES,
};

/** Rules an author may set aside for one profile, with a named reason that is logged. */
export const OVERRIDABLE_RULES = {
  graded_e: 'Share intelligence graded E (suspected false or malicious), marked as such',
  ungraded: 'Share ungraded links, marked as not graded',
  conditions: 'Share handling-code C material: I have checked its conditions for this recipient',
  analyst_notes: "Share analysts' working notes",
  source_references: 'Share intelligence report references',
} as const;
export type OverridableRule = keyof typeof OVERRIDABLE_RULES;
export const OVERRIDABLE_RULE_IDS = Object.keys(OVERRIDABLE_RULES) as [
  OverridableRule,
  ...OverridableRule[],
];

/** The rules in force for one profile: the class's policy with the author's overrides applied. */
export interface EffectivePolicy extends ClassPolicy {
  recipientClass: RecipientClass;
  conditionsOverridden: boolean;
}

export function effectivePolicy(
  recipientClass: RecipientClass,
  overridden: ReadonlySet<OverridableRule> = new Set(),
): EffectivePolicy {
  const base = CLASS_POLICY[recipientClass];
  return {
    ...base,
    recipientClass,
    gradedE: base.gradedE || overridden.has('graded_e'),
    ungraded: base.ungraded || overridden.has('ungraded'),
    analystNotes: base.analystNotes || overridden.has('analyst_notes'),
    sourceReferences: base.sourceReferences || overridden.has('source_references'),
    conditionsOverridden: overridden.has('conditions'),
  };
}

export function kindRule(kind: SharedKind, recipientClass: RecipientClass): KindRule {
  return KIND_RULES[kind][recipientClass];
}

function isRecordRule(rule: KindRule): rule is RecordRule {
  return typeof rule === 'object' && !Array.isArray(rule);
}

/** Whether one field of a kind may go; a withheld kind lets nothing through. */
export function fieldAllowed(rule: KindRule, field: string): boolean {
  if (rule === false) return false;
  const fields = isRecordRule(rule) ? rule.fields : rule;
  return fields === 'all' || fields.includes(field);
}

/** What a casework record is, as far as a RecordRule asks. */
export interface RecordFacts {
  /** Under 18 (see RecordRule.about); null when no age is recorded. */
  child: boolean | null;
  /** Orders: decided or served. */
  decided?: boolean;
  powerId?: string;
}

/** Whether a rule lets this casework record through at all (its fields are a separate step). */
export function recordAllowed(rule: KindRule, facts: RecordFacts): boolean {
  if (rule === false) return false;
  if (!isRecordRule(rule)) return true;
  if (rule.about === 'children' && facts.child !== true) return false;
  if (rule.about === 'adults' && facts.child !== false) return false;
  if (rule.decidedOnly && !facts.decided) return false;
  return !rule.powers || (facts.powerId !== undefined && rule.powers.includes(facts.powerId));
}
