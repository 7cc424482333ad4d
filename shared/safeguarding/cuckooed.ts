import type { Entity, Link } from '../model';

/**
 * Locations that are cuckooed homes: recorded with use 'cuckooed', or the far end of a
 * 'cuckooed' link.
 */
export function cuckooedLocationIds(
  entities: readonly Entity[],
  links: readonly Link[],
): Set<string> {
  const locations = new Map(entities.filter((e) => e.kind === 'location').map((e) => [e.id, e]));
  const ids = new Set<string>();
  for (const loc of locations.values()) {
    if (loc.kind === 'location' && loc.attrs.use === 'cuckooed') ids.add(loc.id);
  }
  for (const link of links) {
    if (link.kind === 'cuckooed' && locations.has(link.target)) ids.add(link.target);
  }
  return ids;
}

/**
 * Nominals who live in a cuckooed home. A 'resides_at' link always counts. Analysts draw a
 * 'cuckooed' link from the occupant or from the offender who took the home over, so a person at
 * its end counts as the occupant only when not recorded solely as a suspect or enabler: an
 * offender must not appear as a vulnerable occupant.
 */
export function cuckooedOccupantIds(
  entities: readonly Entity[],
  links: readonly Link[],
): Set<string> {
  const cuckooed = cuckooedLocationIds(entities, links);
  const nominals = new Map(entities.filter((e) => e.kind === 'nominal').map((e) => [e.id, e]));
  const occupants = new Set<string>();
  for (const link of links) {
    if (link.kind !== 'resides_at' && link.kind !== 'cuckooed') continue;
    const person = nominals.get(link.source);
    if (!person || person.kind !== 'nominal' || !cuckooed.has(link.target)) continue;
    if (link.kind === 'resides_at' || !isOffenderOnly(person.attrs.roles)) occupants.add(person.id);
  }
  for (const person of nominals.values()) {
    if (person.kind === 'nominal' && person.attrs.safeguarding?.cuckooedOccupant)
      occupants.add(person.id);
  }
  return occupants;
}

function isOffenderOnly(roles: readonly string[]): boolean {
  if (roles.includes('victim')) return false;
  return roles.includes('suspect') || roles.includes('enabler');
}
