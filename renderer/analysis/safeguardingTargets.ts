import { isChildOn, type Entity, type EntityOf } from '../../shared/model';
import type { LoadedWorkspace } from '../store/api';

type Nominal = EntityOf<'nominal'>;
const isNominal = (e: Entity): e is Nominal => e.kind === 'nominal';

/** Why a person is on the exposure list, in words. */
export function flagReasons(person: Nominal, day: string): string[] {
  const reasons: string[] = [];
  if (isChildOn(person.attrs.dateOfBirth, day)) reasons.push('child');
  if (person.attrs.safeguarding?.vulnerable) reasons.push('recorded as vulnerable');
  if (person.attrs.roles.includes('victim')) reasons.push('victim');
  return reasons;
}

/** People to safeguard: children on `day`, anyone recorded as vulnerable, and victims. */
export function flaggedPeople(loaded: Pick<LoadedWorkspace, 'entities'>, day: string): string[] {
  return [...loaded.entities.values()]
    .filter(isNominal)
    .filter((p) => flagReasons(p, day).length > 0)
    .map((p) => p.id);
}

/**
 * Candidate controllers: suspects (ranked later by betweenness, in the worker) and the source of
 * every "controls" or "runs deal line" link. A flagged person is never counted as a controller:
 * a child who runs a line is exploited first, and is on the other side of this table.
 */
export function controllerCandidates(
  loaded: Pick<LoadedWorkspace, 'entities' | 'links'>,
  flagged: readonly string[],
): { suspects: string[]; named: string[] } {
  const skip = new Set(flagged);
  const suspects = [...loaded.entities.values()]
    .filter(isNominal)
    .filter((p) => p.attrs.roles.includes('suspect') && !skip.has(p.id))
    .map((p) => p.id);
  const named = new Set<string>();
  for (const link of loaded.links.values()) {
    if (link.kind !== 'controls' && link.kind !== 'runs_line') continue;
    if (!skip.has(link.source) && loaded.entities.has(link.source)) named.add(link.source);
  }
  return { suspects, named: [...named] };
}

/** Today as an ISO date in the analyst's time zone. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
