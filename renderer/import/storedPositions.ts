import type { Position } from '../../shared/formats';
import type { LoadedWorkspace } from '../store';

/**
 * The workspace's chart placement (the one sealed `placements` record: where the analyst left each
 * entity), for writers that place entities (ANX, GEXF). None means the writers use the source
 * chart's positions, then a grid.
 */
export function storedPositions(
  loaded: Pick<LoadedWorkspace, 'placements'>,
): ReadonlyMap<string, Position> | undefined {
  const record = loaded.placements.values().next().value;
  if (!record) return undefined;
  const out = new Map<string, Position>();
  for (const [id, p] of Object.entries(record.entries)) {
    out.set(id, p.pinned ? { x: p.x, y: p.y, pinned: true } : { x: p.x, y: p.y });
  }
  return out.size ? out : undefined;
}
