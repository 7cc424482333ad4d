import type { Classification, Entity, EntityKind, EntityOf } from '../model';
import {
  DEMO_PLACES,
  DEMO_REFERENCE_DATE,
  DEMO_TIMESTAMP,
  DEMO_WORKSPACE_ID_PLACEHOLDER,
} from './constants';
import {
  dramaNumber,
  syntheticPersonName,
  syntheticPostcode,
  syntheticRegistration,
} from './syntheticValues';

export interface SyntheticCounters {
  phone: number;
  vehicle: number;
  location: number;
}

/** Cumulative shares of each kind among the entities that are not groups. */
const KIND_SHARES = [
  ['nominal', 0.56],
  ['phone', 0.7],
  ['location', 0.84],
  ['vehicle', 0.94],
  ['organisation', 1],
] as const;

const CHILD_CUTOFF = `${Number(DEMO_REFERENCE_DATE.slice(0, 4)) - 18}${DEMO_REFERENCE_DATE.slice(4)}`;

interface Shared {
  id: string;
  provenance: string[];
  reviewDate: string;
}

/**
 * One object literal per entity, rather than spreading a shared base: at 100k entities the
 * garbage collector, not the arithmetic, sets the pace.
 */
function make<K extends EntityKind>(
  shared: Shared,
  kind: K,
  label: string,
  attrs: EntityOf<K>['attrs'],
  classification: Classification = 'OFFICIAL',
): EntityOf<K> {
  return {
    id: shared.id,
    workspaceId: DEMO_WORKSPACE_ID_PLACEHOLDER,
    label,
    notes: '',
    classification,
    reviewDate: shared.reviewDate,
    provenance: shared.provenance,
    createdAt: DEMO_TIMESTAMP,
    updatedAt: DEMO_TIMESTAMP,
    kind,
    attrs,
  } as EntityOf<K>;
}

function pickKind(r: number): EntityKind {
  for (const [kind, share] of KIND_SHARES) if (r < share) return kind;
  return 'nominal';
}

/** The i-th synthetic entity: the first `groups` are OCGs (every fourth a street gang). */
export function syntheticEntity(
  i: number,
  groups: number,
  random: () => number,
  counters: SyntheticCounters,
  ids: { id: string; provenance: string[] },
): Entity {
  const shared = { ...ids, reviewDate: random() < 0.2 ? '2026-06-30' : '2027-06-30' };
  if (i < groups) {
    const attrs = { aliases: [], area: i % 2 ? DEMO_PLACES.town.name : DEMO_PLACES.city.name };
    return make(shared, i % 4 === 3 ? 'usg' : 'ocg', `Synthetic group ${i + 1}`, attrs);
  }
  const kind = pickKind(random());
  if (kind === 'nominal') {
    const { forenames, surname } = syntheticPersonName(i);
    const year = 1962 + Math.floor(random() * 50);
    const month = String(1 + (i % 12)).padStart(2, '0');
    const dateOfBirth = `${year}-${month}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const child = dateOfBirth > CHILD_CUTOFF;
    const attrs: EntityOf<'nominal'>['attrs'] = {
      forenames,
      surname,
      aliases: [],
      dateOfBirth,
      roles: child ? ['victim'] : ['suspect'],
    };
    if (child) attrs.safeguarding = childSafeguarding(random);
    const label = `${forenames} ${surname}`;
    return make(shared, kind, label, attrs, child ? 'OFFICIAL-SENSITIVE' : 'OFFICIAL');
  }
  if (kind === 'phone') {
    const n = counters.phone++;
    const number = dramaNumber(n);
    if (n % 10 !== 0) return make(shared, kind, number, { number });
    const dealLineBrand = `${syntheticPersonName(n).forenames} line`;
    return make(shared, kind, dealLineBrand, { number, dealLineBrand });
  }
  if (kind === 'location') {
    const n = counters.location++;
    const place = n % 3 === 0 ? DEMO_PLACES.city : DEMO_PLACES.town;
    const address = `${1 + (n % 200)} ${syntheticPersonName(n).surname} Road, ${place.name}`;
    const lat = Math.round((place.lat + (random() - 0.5) * 0.04) * 1e5) / 1e5;
    const lon = Math.round((place.lon + (random() - 0.5) * 0.06) * 1e5) / 1e5;
    const use = random() < 0.05 ? 'cuckooed' : 'home';
    const postcode = syntheticPostcode(n);
    return make(shared, kind, address, { address, postcode, use, lat, lon });
  }
  if (kind === 'vehicle') {
    const registration = syntheticRegistration(counters.vehicle++);
    return make(shared, kind, registration, { registration });
  }
  const name = `${syntheticPersonName(i).surname} Trading ${i}`;
  return make(shared, 'organisation', name, { sector: 'Synthetic' });
}

function childSafeguarding(random: () => number) {
  const risk = (['high', 'medium', 'low'] as const)[Math.floor(random() * 3)] ?? 'low';
  return {
    vulnerable: true,
    missingEpisodes: Math.floor(random() * 6),
    lookedAfter: random() < 0.3,
    excludedOrReducedTimetable: random() < 0.3,
    cuckooedOccupant: false,
    cceRisk: risk,
  };
}
