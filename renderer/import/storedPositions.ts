import type { Position } from '../../shared/formats';
import type { LoadedWorkspace } from '../store';

const isPosition = (v: unknown): v is Position =>
  typeof v === 'object' &&
  v !== null &&
  Number.isFinite((v as Position).x) &&
  Number.isFinite((v as Position).y);

/**
 * The workspace's stored chart positions, for writers that place entities (ANX, GEXF). A
 * per-workspace `positions` table is being added beside this work; until it lands this finds
 * none and the writers use the source chart's positions, then a grid. Both shapes it may take
 * are read: one row per entity (`{ entityId, x, y }`) or one row holding `{ positions: { id: {x, y} } }`.
 */
export function storedPositions(
  loaded: LoadedWorkspace,
): ReadonlyMap<string, Position> | undefined {
  const table = (loaded as unknown as Record<string, unknown>).positions;
  if (!(table instanceof Map) || table.size === 0) return undefined;
  const out = new Map<string, Position>();
  for (const row of table.values() as Iterable<Record<string, unknown>>) {
    if (typeof row.entityId === 'string' && isPosition(row)) out.set(row.entityId, row);
    const many = row.positions;
    if (typeof many === 'object' && many !== null)
      for (const [id, p] of Object.entries(many)) if (isPosition(p)) out.set(id, p);
  }
  return out.size ? out : undefined;
}
