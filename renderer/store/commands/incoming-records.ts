import { newId, type Entity, type IntelItem, type Link } from '../../../shared/model';
import type { StoreTx } from '../db';
import { validated } from './validate';
import type { Write } from './types';

export interface IncomingRecords {
  entities: Entity[];
  links: Link[];
  intel: IntelItem[];
}

export function countOf(r: IncomingRecords): string {
  return `${r.entities.length} entities, ${r.links.length} links, ${r.intel.length} intelligence items`;
}

export function allIds(r: IncomingRecords): string[] {
  return [...r.entities, ...r.links, ...r.intel].map((x) => x.id);
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
  ];
}

/** Ids among the incoming records that the vault already holds (an import must never overwrite). */
export async function existingIds(tx: StoreTx, r: IncomingRecords): Promise<string[]> {
  const found: string[] = [];
  for (const [table, items] of [
    ['entities', r.entities],
    ['links', r.links],
    ['intel', r.intel],
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
  return {
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
