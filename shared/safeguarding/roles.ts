import type { EntityOf } from '../model';

type Nominal = EntityOf<'nominal'>;
type Role = Nominal['attrs']['roles'][number];

/**
 * Victims are named first and "suspect" comes last, so that a person who is both is read as a
 * victim before anything else: exploited children are victims first.
 */
const ROLE_ORDER: readonly Role[] = ['victim', 'witness', 'associate', 'enabler', 'suspect'];

const ROLE_WORDS: Record<Role, string> = {
  victim: 'victim',
  witness: 'witness',
  associate: 'associate',
  enabler: 'professional enabler',
  suspect: 'suspect',
};

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** The recorded roles in victim-first order, without repeats. */
export function orderedRoles(nominal: Nominal): Role[] {
  const recorded = new Set(nominal.attrs.roles);
  return ROLE_ORDER.filter((r) => recorded.has(r));
}

/**
 * Plain-English roles of a person. The word "suspect" appears only when that role is recorded,
 * and when "victim" is recorded too both are said, victim first.
 */
export function describeRoles(nominal: Nominal): string {
  const roles = orderedRoles(nominal);
  if (roles.length === 0) return 'Role not recorded';
  const words = roles.map((r) => ROLE_WORDS[r]);
  const text = joinWords(words);
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  if (roles.includes('victim') && roles.includes('suspect')) {
    return `${sentence} (recorded as both a victim and a suspect)`;
  }
  return sentence;
}
