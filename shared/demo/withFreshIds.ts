import type { DemoWorkspace } from './buildDemoWorkspace';

/**
 * The demo with every record id replaced (links, provenance and workspace id rewritten to match),
 * so that it can be loaded more than once into a vault whose tables are keyed by record id.
 * `makeId` is usually the model's newId; the demo itself stays deterministic.
 */
export function withFreshIds(
  demo: DemoWorkspace,
  workspaceId: string,
  makeId: (prefix: string) => string,
): DemoWorkspace {
  const fresh = new Map<string, string>();
  const renew = (id: string) => {
    const prefix = id.slice(0, id.indexOf('_'));
    const next = makeId(prefix);
    fresh.set(id, next);
    return next;
  };
  const mapped = (id: string) => {
    const next = fresh.get(id);
    if (next === undefined)
      throw new Error(`The demo refers to a record it does not contain: ${id}.`);
    return next;
  };
  const intel = demo.intel.map((item) => ({ ...item, id: renew(item.id), workspaceId }));
  const entities = demo.entities.map((entity) => ({
    ...entity,
    id: renew(entity.id),
    workspaceId,
  }));
  const links = demo.links.map((link) => ({ ...link, id: renew(link.id), workspaceId }));
  return {
    workspace: demo.workspace,
    ...(demo.partnership
      ? { partnership: rekeyPartnership(demo.partnership, fresh, renew, workspaceId) }
      : {}),
    intel,
    entities: entities.map((entity) => ({ ...entity, provenance: entity.provenance.map(mapped) })),
    links: links.map((link) => ({
      ...link,
      source: mapped(link.source),
      target: mapped(link.target),
      provenance: link.provenance.map(mapped),
    })),
  };
}

/**
 * Partnership records with fresh ids and every reference rewritten. They point at entities,
 * plans and intelligence from many fields, so every string equal to an old id is replaced: the
 * ids are 80 bits with a prefix and cannot occur in the demo's text by chance.
 */
function rekeyPartnership(
  p: NonNullable<DemoWorkspace['partnership']>,
  fresh: Map<string, string>,
  renew: (id: string) => string,
  workspaceId: string,
): NonNullable<DemoWorkspace['partnership']> {
  for (const rows of Object.values(p)) for (const row of rows as { id: string }[]) renew(row.id);
  const walk = (v: unknown): unknown =>
    typeof v === 'string'
      ? (fresh.get(v) ?? v)
      : Array.isArray(v)
        ? v.map(walk)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [fresh.get(k) ?? k, walk(x)]))
          : v;
  const out = walk(p) as Record<string, { workspaceId: string }[]>;
  for (const rows of Object.values(out)) for (const row of rows) row.workspaceId = workspaceId;
  return out as unknown as NonNullable<DemoWorkspace['partnership']>;
}
