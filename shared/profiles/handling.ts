import { withinCeiling, type Classification, type Grade } from '../model';
import { agencyGroup, type AgencyGroup, type Recipient } from './recipient';
import type { EffectivePolicy } from './rules';

export type WithholdReason =
  | 'classification'
  | 'graded_e'
  | 'ungraded'
  | 'conditions'
  | 'handling'
  | 'unsupported'
  | 'linked'
  | 'agency_type';

export const WITHHOLD_REASONS: Record<WithholdReason, string> = {
  classification: "Classified above the recipient's clearance",
  graded_e: 'Graded as suspected to be false or malicious',
  ungraded: 'Not graded, and no graded intelligence behind it',
  conditions: 'Handling code C: sharing conditions not met for this recipient',
  handling: 'Legacy 5x5x5 handling code does not permit sharing with this recipient',
  unsupported: 'Rests only on intelligence withheld from this recipient',
  linked: 'Connects to a withheld record',
  agency_type: 'Not shared with this type of agency',
};

/**
 * Legacy 5x5x5 handling codes mapped to the recipient groups they allow:
 *   1  law enforcement and prosecuting agencies (and the originating force)
 *   2  as 1, plus UK non-prosecuting parties (councils, health, education, housing...)
 *   3  as 1, plus law enforcement outside the UK
 *   4  the originating force only: never to partners
 *   5  nobody: refer to the originator, so never included in a profile
 */
const LEGACY_ALLOWED: Record<'1' | '2' | '3' | '4' | '5', readonly AgencyGroup[]> = {
  '1': ['originator', 'law_enforcement'],
  '2': ['originator', 'law_enforcement', 'uk_non_prosecuting'],
  '3': ['originator', 'law_enforcement', 'overseas_law_enforcement'],
  '4': ['originator'],
  '5': [],
};

/** The `#tags` written in a grade's conditions, lower-cased. */
export function conditionTags(conditions: string | undefined): string[] {
  const tags = (conditions ?? '').toLowerCase().match(/#[a-z0-9][a-z0-9_-]*/g) ?? [];
  return [...new Set(tags.map((t) => t.slice(1)))];
}

/**
 * Handling-C material goes only where the author has said the conditions are met: to a
 * recipient marked as meeting all conditions, or one that meets every tag in the conditions.
 * Conditions with no tags cannot be checked by machine, so they are withheld from a tag list.
 */
function conditionsMet(
  conditions: string | undefined,
  recipient: Recipient,
  policy?: EffectivePolicy,
): boolean {
  if (policy?.conditionsOverridden) return true;
  const permit = recipient.mayReceiveConditional;
  if (typeof permit === 'boolean') return permit;
  const tags = conditionTags(conditions);
  return tags.length > 0 && tags.every((t) => permit.includes(t));
}

/** Intelligence assessed as suspected to be false or malicious: E in 3x5x2, 5 in 5x5x5. */
export function isGradedE(grade: Grade | undefined): boolean {
  if (!grade) return false;
  return grade.scheme === '3x5x2' ? grade.intelligence === 'E' : grade.intelligence === '5';
}

/** Why a grade forbids sharing with `recipient`, or null when it permits it. */
export function gradeBlocks(
  grade: Grade | undefined,
  recipient: Recipient,
  policy?: EffectivePolicy,
): WithholdReason | null {
  if (!grade) return null;
  if (policy && !policy.gradedE && isGradedE(grade)) return 'graded_e';
  if (grade.scheme === '3x5x2') {
    if (grade.handling === 'P') return null;
    return conditionsMet(grade.conditions, recipient, policy) ? null : 'conditions';
  }
  if (!LEGACY_ALLOWED[grade.handling].includes(agencyGroup(recipient))) return 'handling';
  // A legacy grade can carry written conditions too; they bind as a C code's would.
  if (grade.conditions?.trim() && !conditionsMet(grade.conditions, recipient, policy))
    return 'conditions';
  return null;
}

export function classificationBlocks(
  c: Classification,
  recipient: Recipient,
): WithholdReason | null {
  return withinCeiling(c, recipient.clearance) ? null : 'classification';
}
