import type { Entity, EntityOf, Link } from '../model';
import type { Order } from '../orders';
import { ORDER_STATUSES, findTactic } from '../plans';
import { cuckooedLocationIds, cuckooedOccupantIds, vulnerabilityIndicators } from '../safeguarding';
import { TENURES, type RegisterEntry } from './schema';

type Named = { id: string; label: string };
type CuckooEntry = Extract<RegisterEntry, { kind: 'cuckooed_address' }>;

export interface CuckooedRow {
  entityId: string;
  label: string;
  address: string;
  postcode: string;
  occupants: (Named & { vulnerability: string[] })[];
  takenOverBy: Named[];
  firstSeen: string | undefined;
  lastSeen: string | undefined;
  /** The latest closure notice or order on the address, in words; null when none. */
  closure: { status: string; power: string; expiresOn: string | undefined } | null;
  tenure: string;
  landlord: string;
  tenancyReference: string;
  visits: number;
  lastVisit: string | undefined;
}

const CLOSURE = new Set(['closure_notice', 'closure_order']);

function span(links: readonly Link[]): [string | undefined, string | undefined] {
  const first = links
    .map((l) => l.firstSeen)
    .filter(Boolean)
    .sort()[0];
  const last = links
    .map((l) => l.lastSeen)
    .filter(Boolean)
    .sort()
    .at(-1);
  return [first, last];
}

/**
 * The cuckooed-address register, built from the map: every location used as a cuckooed home,
 * who lives there (and why they are vulnerable), who took it over, when it was seen, its closure
 * status from the orders that bind it, and the tenancy, landlord and visits the register keeps.
 */
export function cuckooedRegister(input: {
  entities: readonly Entity[];
  links: readonly Link[];
  orders: readonly Order[];
  entries: readonly RegisterEntry[];
  day: string;
}): CuckooedRow[] {
  const byId = new Map(input.entities.map((e) => [e.id, e]));
  const occupantIds = cuckooedOccupantIds(input.entities, input.links);
  const rows: CuckooedRow[] = [];
  for (const id of cuckooedLocationIds(input.entities, input.links)) {
    const loc = byId.get(id) as EntityOf<'location'>;
    const touching = input.links.filter((l) => l.target === id || l.source === id);
    const occupants = touching
      .filter(
        (l) => (l.kind === 'resides_at' || l.kind === 'cuckooed') && occupantIds.has(l.source),
      )
      .map((l) => byId.get(l.source) as EntityOf<'nominal'>);
    const takers = touching
      .filter((l) => l.kind === 'cuckooed' && l.target === id && !occupantIds.has(l.source))
      .map((l) => byId.get(l.source))
      .filter((e): e is Entity => !!e);
    const entry = input.entries.find(
      (e): e is CuckooEntry => e.kind === 'cuckooed_address' && e.entityId === id,
    );
    const closures = input.orders
      .filter((o) => CLOSURE.has(o.powerId) && o.boundIds.includes(id))
      .sort((a, b) => (a.history.at(-1)?.on ?? '').localeCompare(b.history.at(-1)?.on ?? ''));
    const latest = closures.at(-1);
    const owner = input.links.find((l) => l.kind === 'owns' && l.target === id);
    const visits = [...(entry?.visits ?? [])].sort((a, b) => a.on.localeCompare(b.on));
    const [firstSeen, lastSeen] = span(
      touching.filter((l) => l.kind === 'cuckooed' || l.kind === 'frequents'),
    );
    rows.push({
      entityId: id,
      label: loc.label,
      address: loc.attrs.address,
      postcode: loc.attrs.postcode ?? '',
      occupants: [...new Set(occupants)].map((p) => ({
        id: p.id,
        label: p.label,
        vulnerability: vulnerabilityIndicators(p, input.day, true).map((i) => i.text),
      })),
      takenOverBy: [...new Set(takers)].map((e) => ({ id: e.id, label: e.label })),
      firstSeen,
      lastSeen,
      closure: latest
        ? {
            status: ORDER_STATUSES[latest.status],
            power: findTactic(latest.powerId)?.label ?? latest.powerId,
            expiresOn: latest.expiresOn,
          }
        : null,
      tenure: TENURES[entry?.tenure ?? 'unknown'],
      landlord: entry?.landlord || (owner ? (byId.get(owner.source)?.label ?? '') : ''),
      tenancyReference: entry?.tenancyReference ?? '',
      visits: visits.length,
      lastVisit: visits.at(-1)?.on,
    });
  }
  return rows.sort((a, b) => a.label.localeCompare(b.label));
}
