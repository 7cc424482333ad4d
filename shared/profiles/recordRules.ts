/**
 * The disclosure rows for the partnership's casework: orders and notices, and the five kinds of
 * safeguarding record. One row per kind, one considered cell per recipient class, each with its
 * reason; read through rules.ts (`KIND_RULES`) by redact.ts only. See docs/disclosure-rules.md.
 *
 * A cell is `false` (never shared), or a RecordRule: which of the record's fields may go, and
 * which records at all (about a child or an adult, decided or pending, which powers). A record
 * also goes only when every person, place or line it names may go to that recipient, so no
 * record carries a classification of its own: it takes the ceiling of what it points at.
 */
import type { SafeguardingKind } from '../referrals';
import type { RecipientClass } from './rules';

export interface RecordRule {
  /** The record's fields that may go; the others are stripped and counted. */
  fields: 'all' | readonly string[];
  /**
   * Whose record: `children` (under 18 on the record's date; for an order, binding someone
   * under 18 on the day of the profile) or `adults`. A person of unknown age is neither, so a
   * cell limited to one or the other does not let their records through.
   */
  about?: 'children' | 'adults';
  /** Orders: only those decided or served (not drafts or applications, which stay with police). */
  decidedOnly?: true;
  /** Orders: only under these powers of the catalogue. */
  powers?: readonly string[];
}

export type RecordKind = 'order' | SafeguardingKind;
type RecordRow = Record<RecipientClass, false | 'all' | RecordRule>;

/** Premises closure under the ASB, Crime and Policing Act 2014, Part 4, chapter 3. */
const CLOSURE = ['closure_notice', 'closure_order'] as const;
/**
 * Orders whose conditions reach into a pupil's day (exclusion zones, curfews, not to associate)
 * and which a school may be asked to support.
 */
const ORDERS_A_SCHOOL_SUPPORTS = [
  'knife_crime_prevention_order',
  'gang_injunction',
  'criminal_behaviour_order',
  'part1_injunction',
] as const;
/** Powers where a licensing authority or trading standards is a responsible authority. */
const LICENSING_POWERS = ['licensing_review', 'summary_licence_review', 'taxi_licence_action'];

/** An NRM decision without the first responder's account or the Home Office's case reference. */
const NRM_DECISION = [
  'referredOn',
  'reasonableGrounds',
  'reasonableGroundsOn',
  'conclusiveGrounds',
  'conclusiveGroundsOn',
] as const;
/** A missing episode and its return home interview, without where the child was found. */
const EPISODE_NOT_WHERE = [
  'missingFrom',
  'returnedOn',
  'interviewOfferedOn',
  'interviewHeldOn',
  'interviewDeclined',
  'interviewBy',
] as const;

const CHILDREN_ALL: RecordRule = { fields: 'all', about: 'children' };
const ADULTS_ALL: RecordRule = { fields: 'all', about: 'adults' };
const NOT_TO_ENFORCEMENT_PARTNERS = {
  housing: false,
  licensing: false,
  trading_standards: false,
  landlord_other: false,
} as const;

export const RECORD_KIND_RULES: Record<RecordKind, RecordRow> = {
  order: {
    police: 'all',
    // Decided orders are a matter of record; an application still before the court stays with
    // the police, whose case it could prejudice. Social care safeguard the children and
    // adults the bound people exploit, and need the conditions to do it.
    childrens_social_care: { fields: 'all', decidedOnly: true },
    adult_social_care: { fields: 'all', decidedOnly: true },
    // A closure of premises ends or threatens a tenancy (Housing Act 1985 s.84A and 1988
    // ground 7A): housing providers and landlords need those, and nothing else.
    housing: { fields: 'all', decidedOnly: true, powers: CLOSURE },
    landlord_other: { fields: 'all', decidedOnly: true, powers: CLOSURE },
    // A closure order on licensed premises starts a licence review (Licensing Act 2003 s.167);
    // licence reviews are their own business.
    licensing: { fields: 'all', decidedOnly: true, powers: [...CLOSURE, ...LICENSING_POWERS] },
    trading_standards: { fields: 'all', decidedOnly: true, powers: LICENSING_POWERS },
    // A school supports a pupil under an order that shapes the school day; adults' orders
    // are no business of a school.
    education: {
      fields: 'all',
      decidedOnly: true,
      about: 'children',
      powers: ORDERS_A_SCHOOL_SUPPORTS,
    },
    // Nothing in an order changes care; health receives the safeguarding records instead.
    health: false,
  },
  mash_referral: {
    police: 'all',
    childrens_social_care: CHILDREN_ALL,
    adult_social_care: ADULTS_ALL,
    // Designated safeguarding leads are told when a pupil is in need or under a child
    // protection enquiry (Keeping Children Safe in Education); adults' referrals are not theirs.
    education: CHILDREN_ALL,
    // Health is a statutory safeguarding partner for children and adults alike (Children Act
    // 2004 s.11; Care Act 2014 s.6).
    health: { fields: 'all' },
    ...NOT_TO_ENFORCEMENT_PARTNERS,
  },
  nrm_referral: {
    police: 'all',
    childrens_social_care: CHILDREN_ALL,
    adult_social_care: ADULTS_ALL,
    // The decision, not the account: a school adapts its support to a child the competent
    // authority has found to be a victim, but the referral's detail and Home Office reference
    // stay with the first responder and social care.
    education: { fields: NRM_DECISION, about: 'children' },
    // A positive decision brings support and care (Modern Slavery Act 2015 s.50A); the
    // decision is what a clinician needs.
    health: { fields: NRM_DECISION },
    ...NOT_TO_ENFORCEMENT_PARTNERS,
  },
  strategy_meeting: {
    police: 'all',
    childrens_social_care: CHILDREN_ALL,
    // Strategy discussions here are Children Act s.47 ones: never about an adult.
    adult_social_care: ADULTS_ALL,
    // Schools and health take part in strategy discussions (Working Together 2023).
    education: CHILDREN_ALL,
    health: CHILDREN_ALL,
    ...NOT_TO_ENFORCEMENT_PARTNERS,
  },
  cawn: {
    police: 'all',
    childrens_social_care: CHILDREN_ALL,
    // A CAWN protects a child; adult social care has no part in it.
    adult_social_care: false,
    // The school must know who is warned away from the child to keep them from the gates.
    education: CHILDREN_ALL,
    // A police notice on an adult: no clinical use.
    health: false,
    ...NOT_TO_ENFORCEMENT_PARTNERS,
  },
  missing_episode: {
    police: 'all',
    // Where a child was found (often a cuckooed address) is police intelligence about the
    // place; social care receive it because they plan the child's safety around it.
    childrens_social_care: CHILDREN_ALL,
    adult_social_care: ADULTS_ALL,
    // Absence from school and the return home interview, not where the child was found.
    education: { fields: EPISODE_NOT_WHERE, about: 'children' },
    health: { fields: EPISODE_NOT_WHERE },
    ...NOT_TO_ENFORCEMENT_PARTNERS,
  },
};
