import { newId, type Entity, type IntelItem, type Link } from '../../../shared/model';
import type { StoreTx } from '../db';
import { nextTask } from '../load/next-task';
import { validated } from './validate';
import type { DataRecords, Write } from './types';

/** Partnership records that can come with a set (the demo's plans, orders, registers...). */
export const PARTNERSHIP_TABLES = [
  'plans',
  'tactics',
  'scores',
  'orders',
  'referrals',
  'registers',
  'meetings',
] as const;
type PartnershipTable = (typeof PARTNERSHIP_TABLES)[number];
export type PartnershipRecords = Partial<{ [T in PartnershipTable]: DataRecords[T][] }>;

export interface IncomingRecords {
  entities: Entity[];
  links: Link[];
  intel: IntelItem[];
  partnership?: PartnershipRecords;
}

const partnershipOf = (r: IncomingRecords) =>
  PARTNERSHIP_TABLES.flatMap((t) => (r.partnership?.[t] ?? []).map((x) => ({ table: t, x })));

export function countOf(r: IncomingRecords): string {
  const extra = partnershipOf(r).length;
  return `${r.entities.length} entities, ${r.links.length} links, ${r.intel.length} intelligence items${extra ? `, ${extra} partnership records` : ''}`;
}

export function allIds(r: IncomingRecords): string[] {
  return [...r.entities, ...r.links, ...r.intel, ...partnershipOf(r).map((p) => p.x)].map(
    (x) => x.id,
  );
}

/** Validates every record and moves it into the workspace; the first bad record refuses the lot. */
export function placeRecords(r: IncomingRecords, workspaceId: string): Write[] {
  return [
    ...r.intel.map((x) => ({
      table: 'intel' as const,
      put: validated('intel', { ...x, workspaceId }),
    })),
    ...r.entities.map((x) => ({
      table: 'entities' as const,
      put: validated('entities', { ...x, workspaceId }),
    })),
    ...r.links.map((x) => ({
      table: 'links' as const,
      put: validated('links', { ...x, workspaceId }),
    })),
    ...partnershipOf(r).map(
      ({ table, x }) => ({ table, put: validated(table, { ...x, workspaceId }) }) as Write,
    ),
  ];
}

/** How many records are validated between two turns of the page's thread. */
const PLACING_SLICE = 1000;

/** placeRecords, giving the page a turn after each slice: for imports of thousands of records. */
export async function placeRecordsInSlices(
  r: IncomingRecords,
  workspaceId: string,
): Promise<Write[]> {
  const writes: Write[] = [];
  const parts: IncomingRecords[] = [];
  const slice = <T>(list: T[], from: number) => list.slice(from, from + PLACING_SLICE);
  for (let from = 0; from < r.intel.length; from += PLACING_SLICE)
    parts.push({ entities: [], links: [], intel: slice(r.intel, from) });
  for (let from = 0; from < r.entities.length; from += PLACING_SLICE)
    parts.push({ entities: slice(r.entities, from), links: [], intel: [] });
  for (let from = 0; from < r.links.length; from += PLACING_SLICE)
    parts.push({ entities: [], links: slice(r.links, from), intel: [] });
  if (r.partnership) parts.push({ entities: [], links: [], intel: [], partnership: r.partnership });
  for (const part of parts) {
    writes.push(...placeRecords(part, workspaceId));
    await nextTask();
  }
  return writes;
}

/** Ids among the incoming records that the vault already holds (an import must never overwrite). */
export async function existingIds(tx: StoreTx, r: IncomingRecords): Promise<string[]> {
  const found: string[] = [];
  for (const [table, items] of [
    ['entities', r.entities],
    ['links', r.links],
    ['intel', r.intel],
    ...PARTNERSHIP_TABLES.map((t) => [t, r.partnership?.[t] ?? []] as const),
  ] as const) {
    const ids = items.map((x) => x.id);
    const stored = await tx.getMany<{ id: string }>(table, ids);
    stored.forEach((s, i) => s && found.push(ids[i] as string));
  }
  return found;
}

/**
 * Gives every record a fresh id and rewrites the references between them (link ends, provenance),
 * so a set loaded twice (the demo, a re-imported bundle) becomes a second, independent copy.
 */
export function withFreshIds(r: IncomingRecords): IncomingRecords {
  const map = new Map<string, string>();
  const fresh = (id: string, prefix: string) => {
    const next = newId(prefix);
    map.set(id, next);
    return next;
  };
  const intel = r.intel.map((x) => ({ ...x, id: fresh(x.id, 'int') }));
  const entities = r.entities.map((x) => ({ ...x, id: fresh(x.id, 'ent') }));
  const links = r.links.map((x) => ({ ...x, id: fresh(x.id, 'lnk') }));
  const to = (id: string) => map.get(id) ?? id;
  const partnership = r.partnership ? rekeyPartnership(r.partnership, map) : undefined;
  return {
    ...(partnership ? { partnership } : {}),
    intel,
    entities: entities.map((x) => ({ ...x, provenance: x.provenance.map(to) })) as Entity[],
    links: links.map((x) => ({
      ...x,
      source: to(x.source),
      target: to(x.target),
      provenance: x.provenance.map(to),
    })),
  };
}

/**
 * Partnership records with fresh ids, every reference to a re-keyed record rewritten. They point
 * at entities, plans and intelligence from many fields, so every string equal to an old id is
 * replaced: ids are 80 random bits with a prefix and cannot occur in text by accident.
 */
function rekeyPartnership(p: PartnershipRecords, map: Map<string, string>): PartnershipRecords {
  for (const t of PARTNERSHIP_TABLES)
    for (const x of p[t] ?? []) map.set(x.id, newId(x.id.slice(0, x.id.indexOf('_'))));
  const walk = (v: unknown): unknown =>
    typeof v === 'string'
      ? (map.get(v) ?? v)
      : Array.isArray(v)
        ? v.map(walk)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [map.get(k) ?? k, walk(x)]))
          : v;
  return walk(p) as PartnershipRecords;
}
