import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import type { Placed } from '../../../shared/model';

export type Position = { x: number; y: number };

/** Nodes that have a place of their own: leaves, and groups while drawn as plain nodes. */
export function placeableNodes(cy: Core): NodeCollection {
  return cy.nodes().not(':parent');
}

/** Where every placeable node is drawn now. */
export function readPositions(
  cy: Core,
  nodes: NodeCollection = placeableNodes(cy),
): Map<string, Position> {
  const out = new Map<string, Position>();
  nodes.forEach((n: NodeSingular) => {
    const { x, y } = n.position();
    out.set(n.id(), { x, y });
  });
  return out;
}

/** Half a pixel: closer than this, a stored place and a drawn one are the same place. */
const SAME_PLACE = 0.5;

/**
 * Moves drawn nodes to their stored places where they differ, and marks pinned ones, in one
 * batch. Returns how many nodes moved (none when the store only confirms what the chart did).
 */
export function applyPlaced(cy: Core, stored: ReadonlyMap<string, Placed>): number {
  let moved = 0;
  cy.batch(() => {
    placeableNodes(cy).forEach((n: NodeSingular) => {
      const placed = stored.get(n.id());
      n.toggleClass('pinned', placed?.pinned === true);
      if (!placed) return;
      const at = n.position();
      if (Math.abs(at.x - placed.x) > SAME_PLACE || Math.abs(at.y - placed.y) > SAME_PLACE) {
        n.position({ x: placed.x, y: placed.y });
        moved += 1;
      }
    });
  });
  return moved;
}

/** Ids of placeable nodes that have no stored place yet. */
export function unplacedIds(cy: Core, stored: ReadonlyMap<string, Placed>): string[] {
  return placeableNodes(cy)
    .filter((n: NodeSingular) => !stored.has(n.id()))
    .map((n: NodeSingular) => n.id());
}

/**
 * New entities appear beside something placed that they link to, or in the middle of the view,
 * each at a different angle so several new ones do not land on each other.
 */
export function placeBeside(cy: Core, ids: readonly string[]): Map<string, Position> {
  const extent = cy.extent();
  const centre = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
  const fresh = new Set(ids);
  const out = new Map<string, Position>();
  ids.forEach((id, i) => {
    const node = cy.getElementById(id) as NodeSingular;
    if (node.empty() || node.isParent()) return;
    const placed = node
      .neighborhood()
      .nodes()
      .filter((n) => !n.isParent() && !fresh.has(n.id()));
    const anchor = placed.nonempty() ? (placed.first() as NodeSingular).position() : centre;
    const angle = (i * 2.4) % (2 * Math.PI);
    const p = { x: anchor.x + 90 * Math.cos(angle), y: anchor.y + 90 * Math.sin(angle) };
    node.position(p);
    out.set(id, p);
  });
  return out;
}

/** Pinned nodes are locked while `run` lays out the rest, so no layout moves them. */
export async function withPinnedLocked<T>(cy: Core, run: () => Promise<T>): Promise<T> {
  const pinned = cy.nodes('.pinned').filter((n: NodeSingular) => !n.locked());
  pinned.lock();
  try {
    return await run();
  } finally {
    if (!cy.destroyed()) pinned.unlock();
  }
}

/**
 * The leaf nodes a finished drag moved: the grabbed nodes themselves, or every member of a
 * grabbed group box.
 */
export function draggedLeaves(grabbed: NodeCollection): NodeCollection {
  return grabbed.union(grabbed.descendants()).not(':parent');
}
