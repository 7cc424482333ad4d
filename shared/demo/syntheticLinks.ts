import type { EntityKind, LinkKind } from '../model';

const BETWEEN_PEOPLE: readonly LinkKind[] = [
  'associate',
  'associate',
  'associate',
  'co_offends',
  'co_offends',
  'family',
  'controls',
  'supplies',
  'exploits',
];

/**
 * A link between a person and something else runs from the person ("uses phone", "resides at"),
 * so when the target is a person and the source is not, the link is turned round.
 */
export function runsBackwards(a: EntityKind, b: EntityKind): boolean {
  return a !== 'nominal' && b === 'nominal';
}

/**
 * Which kind of link joins an entity of kind `a` to one of kind `b`, read in the direction
 * runsBackwards gives (r in [0, 1) breaks ties). Null when the two kinds have nothing to say to
 * each other, so the caller picks another target. Returns strings, not objects: it runs once per
 * link of a 100k-entity workspace.
 */
export function linkKindBetween(a: EntityKind, b: EntityKind, r: number): LinkKind | null {
  if (runsBackwards(a, b)) return linkKindBetween(b, a, r);
  const group = (k: EntityKind) => k === 'ocg' || k === 'usg';
  if (a === 'nominal') {
    if (b === 'nominal')
      return BETWEEN_PEOPLE[Math.floor(r * BETWEEN_PEOPLE.length)] ?? 'associate';
    if (b === 'phone') return r < 0.1 ? 'runs_line' : 'uses_phone';
    if (b === 'location') return r < 0.7 ? 'resides_at' : 'frequents';
    if (b === 'vehicle') return r < 0.8 ? 'uses_vehicle' : 'owns';
    if (b === 'organisation') return 'employed_by';
    return 'member_of';
  }
  if (a === 'phone' && b === 'phone') return 'calls';
  if (a === 'organisation' && (b === 'vehicle' || b === 'location')) return 'owns';
  if (group(a) && b === 'location') return r < 0.3 ? 'cuckooed' : 'frequents';
  if (group(a) && group(b)) return 'rival_of';
  return null;
}
