import { nrmChildIds, type SafeguardingRecord } from '../../shared/referrals';
import { rolesFor, type SafeguardingEntry } from '../../shared/safeguarding';
import type { Entity } from '../../shared/model';

/**
 * Child first on the Safeguarding screen too: a child referred to the National Referral
 * Mechanism reads as a victim of exploitation, whatever else is recorded about them and however
 * the referral was decided (the same rule the partner profiles follow).
 */
export function withNrmVictims(
  entries: readonly SafeguardingEntry[],
  entities: ReadonlyMap<string, Entity>,
  records: readonly SafeguardingRecord[],
  day: string,
): SafeguardingEntry[] {
  const referred = new Set(nrmChildIds(records, [...entities.values()], day));
  return entries.map((e) => {
    const person = entities.get(e.entityId);
    if (!referred.has(e.entityId) || person?.kind !== 'nominal') return e;
    return { ...e, roles: rolesFor(person, { exploitedChild: true, audience: 'partner' }) };
  });
}
