import type { Placed } from '../../shared/model';
import type { Command } from '../store/api';
import { placeEntities } from '../store/commands';
import type { PlacementCause } from './canvas/ChartCanvas';
import type { Position } from './canvas/ChartController';
import { LAYOUT_CHOICES, type LayoutName } from './canvas/layouts';

/** A tenth of a pixel is finer than any screen shows, and keeps the sealed record small. */
const tenth = (v: number) => Math.round(v * 10) / 10;

function entitiesWord(n: number): string {
  return n === 1 ? '1 entity' : `${n} entities`;
}

/**
 * The command that saves places the chart chose. Pins survive: a pinned entity moved by hand
 * stays pinned where it was dropped.
 */
export function placementCommand(
  workspaceId: string,
  positions: ReadonlyMap<string, Position>,
  cause: PlacementCause | 'view' | 'arrange',
  layout: LayoutName,
  /** The saved view applied, or the arrangement made, in words. */
  viewName?: string,
  pinned?: ReadonlyMap<string, Placed>,
): Command {
  const changes = new Map<string, Placed>();
  for (const [id, p] of positions) {
    changes.set(id, {
      x: tenth(p.x),
      y: tenth(p.y),
      ...(pinned?.get(id)?.pinned ? { pinned: true as const } : {}),
    });
  }
  const layoutLabel = LAYOUT_CHOICES.find((c) => c.id === layout)?.label ?? layout;
  const label =
    cause === 'drag'
      ? `move ${entitiesWord(changes.size)}`
      : cause === 'layout'
        ? `lay out the chart (${layoutLabel.toLowerCase()})`
        : cause === 'view'
          ? `apply the places of view ${viewName ?? ''}`.trim()
          : cause === 'arrange'
            ? `${(viewName ?? 'arrange').toLowerCase()}: ${entitiesWord(changes.size)}`
            : `place ${entitiesWord(changes.size)}`;
  return placeEntities(workspaceId, changes, label, {
    layout,
    automatic: cause === 'automatic',
  });
}

/**
 * Pins the selected entities where they are drawn, or unpins them when all are pinned already.
 * Nothing selected gives no command.
 */
export function pinCommand(
  workspaceId: string,
  entities: readonly string[],
  stored: ReadonlyMap<string, Placed>,
  drawnAt: (id: string) => Position | undefined,
): Command | undefined {
  const ids = entities.filter((id) => drawnAt(id) ?? stored.get(id));
  if (ids.length === 0) return undefined;
  const unpin = ids.every((id) => stored.get(id)?.pinned);
  const changes = new Map<string, Placed>();
  for (const id of ids) {
    const at = drawnAt(id) ?? stored.get(id)!;
    changes.set(id, {
      x: tenth(at.x),
      y: tenth(at.y),
      ...(unpin ? {} : { pinned: true as const }),
    });
  }
  return placeEntities(
    workspaceId,
    changes,
    `${unpin ? 'unpin' : 'pin'} ${entitiesWord(ids.length)}`,
  );
}
