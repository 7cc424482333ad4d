import { isChildOn, type EntityOf } from '../model';

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

/** Who reads the roles: only law enforcement may see a child's suspect role. */
export type RoleAudience = 'police' | 'partner';

/**
 * A person under 18 on `day` whom the record flags as exploited: recorded as a victim, flagged
 * vulnerable, or assessed for CCE or CSE risk. Such a child is a victim first, everywhere.
 */
export function isExploitedChild(person: Nominal, day: string): boolean {
  const dob = person.attrs.dateOfBirth;
  if (!dob || !isChildOn(dob, day)) return false;
  const s = person.attrs.safeguarding;
  return (
    person.attrs.roles.includes('victim') ||
    !!s?.vulnerable ||
    s?.cceRisk !== undefined ||
    s?.cseRisk !== undefined
  );
}

/** Roles a partner never reads for an exploited child: they describe offending. */
const OFFENDING: ReadonlySet<Role> = new Set(['suspect', 'enabler', 'associate']);

/**
 * The roles as `audience` may read them. An exploited child is a victim to every partner, whatever
 * else is recorded; a police reader also sees "suspect" where it is recorded, with the
 * safeguarding context beside it (`context`: the child's vulnerability indicators, in words).
 */
export function rolesFor(
  person: Nominal,
  options: { exploitedChild: boolean; audience: RoleAudience; context?: readonly string[] },
): string {
  if (!options.exploitedChild) return describeRoles(person);
  const others = orderedRoles(person).filter((r) => r !== 'victim' && !OFFENDING.has(r));
  const base = ['Victim of exploitation (child)', ...others.map((r) => ROLE_WORDS[r])].join('; ');
  const offending = orderedRoles(person).filter((r) => OFFENDING.has(r));
  if (options.audience === 'partner' || offending.length === 0) return base;
  const context = options.context?.length ? options.context.join('; ') : 'under 18';
  const words = joinWords(offending.map((r) => ROLE_WORDS[r]));
  return `${base}. Also recorded by police as ${words}: safeguarding context: ${context}`;
}
