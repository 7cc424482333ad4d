import type { Entity } from './entity';
import { isChildOn } from './dates';
import type { LinkKind } from './kinds';
import { LINK_KINDS } from './kinds';
import type { LinkEnds } from './linkPhrases';

/**
 * Kinds whose source is the one doing the harm: "X exploits / controls / supplies / runs the
 * deal line / has cuckooed". A victim must never be drawn as that source by mistake.
 */
export const OFFENDING_KINDS: readonly LinkKind[] = [
  'exploits',
  'controls',
  'supplies',
  'runs_line',
  'cuckooed',
];

export function isOffendingKind(kind: LinkKind): boolean {
  return OFFENDING_KINDS.includes(kind);
}

/** Why a person counts as an exploited child or vulnerable adult, in words; null when not. */
export function exploitedVictim(
  entity: Entity | undefined,
  today: string,
  /** Whether some link already records this person as exploited (target of "exploits"). */
  exploitedByLink = false,
): string | null {
  if (entity?.kind !== 'nominal') return null;
  const { roles, safeguarding: s, dateOfBirth } = entity.attrs;
  const child = isChildOn(dateOfBirth, today);
  if (!child && !s?.vulnerable) return null;
  const flagged =
    roles.includes('victim') ||
    s?.cceRisk !== undefined ||
    s?.cseRisk !== undefined ||
    s?.cuckooedOccupant === true ||
    exploitedByLink;
  if (!flagged) return null;
  return child ? 'an exploited child' : 'an exploited vulnerable adult';
}

export interface VictimLinkIssue {
  /** `refuse`: the link would make a victim the offender. `warn`: they are a suspect too. */
  severity: 'refuse' | 'warn';
  message: string;
}

/**
 * Checks that a link does not make an exploited child or vulnerable adult the subject of an
 * offending verb. A person recorded as a suspect as well may be (a child can be both), so that
 * is a warning to confirm; otherwise the link is refused, with the way to say it the right way
 * round.
 */
export function victimAsOffender(
  link: LinkEnds,
  entities: ReadonlyMap<string, Entity>,
  today: string,
  exploitedIds: ReadonlySet<string> = new Set(),
): VictimLinkIssue | null {
  if (!isOffendingKind(link.kind)) return null;
  const source = entities.get(link.source);
  const why = exploitedVictim(source, today, exploitedIds.has(link.source));
  if (!why || source?.kind !== 'nominal') return null;
  const target = entities.get(link.target)?.label ?? 'the other entity';
  const verb = LINK_KINDS[link.kind].forward;
  if (source.attrs.roles.includes('suspect')) {
    return {
      severity: 'warn',
      message: `${source.label} is recorded as ${why} and also as a suspect. Check that ${source.label} really ${verb} ${target}, and not the other way round.`,
    };
  }
  return {
    severity: 'refuse',
    message: `${source.label} is recorded as ${why}, so this link cannot say that ${source.label} ${verb} ${target}. If ${target} ${verb} ${source.label}, make ${target} the source (reverse the link).`,
  };
}

/** Everyone some link records as exploited: the targets of "exploits" links. */
export function exploitedByLinks(links: Iterable<LinkEnds>): Set<string> {
  const out = new Set<string>();
  for (const l of links) if (l.kind === 'exploits') out.add(l.target);
  return out;
}
