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
    // Partnership records keep their references as they are; the store re-keys them on load.
    partnership: demo.partnership,
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
