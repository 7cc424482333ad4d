import { newId, placedAfter, placementUndo } from '../../../shared/model';
import type { Placement, PlacementChanges } from '../../../shared/model';
import type { StoreTx } from '../db';
import { validated } from './validate';
import { defineCommand, type Plan, type StoreCommand } from './types';

export interface PlaceOptions {
  /** The layout that produced these places, remembered so the chart reopens in it. */
  layout?: string;
  /**
   * Automatic placement (entities that had no place yet) is saved but joins no undo history:
   * the first thing a new analyst can undo should be something they did.
   */
  automatic?: boolean;
}

async function placementOf(tx: StoreTx, workspaceId: string): Promise<Placement | undefined> {
  const rows = await tx.where<Placement>('placements', 'workspaceId', workspaceId);
  return rows[0];
}

/**
 * Saves where entities sit on the chart (after a drag, a layout, a pin or an arrangement).
 * Positions are presentation, not case data: sealed like everything else, but written without an
 * audit event (s.62 logs processing of personal data; a node's x and y is none). Undo puts the
 * named entities back where they were and leaves every other entity alone.
 */
export function placeEntities(
  workspaceId: string,
  changes: PlacementChanges,
  label: string,
  options: PlaceOptions = {},
): StoreCommand {
  let undo: Map<string, Placement['entries'][string] | null> | undefined;
  let layoutBefore: string | undefined;
  const write = async (
    tx: StoreTx,
    now: string,
    set: PlacementChanges,
    layout: string | undefined,
  ): Promise<Plan> => {
    const current = await placementOf(tx, workspaceId);
    const record = validated('placements', {
      id: current?.id ?? newId('plc'),
      workspaceId,
      ...(layout ? { layout } : {}),
      entries: placedAfter(current?.entries ?? {}, set),
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    });
    return { writes: [{ table: 'placements', put: record }], audit: [] };
  };
  return defineCommand(label, {
    async apply({ tx, now }) {
      const current = await placementOf(tx, workspaceId);
      undo ??= placementUndo(current?.entries ?? {}, changes);
      layoutBefore ??= current?.layout;
      return write(tx, now, changes, options.layout ?? current?.layout);
    },
    async revert({ tx, now }) {
      if (!undo) throw new Error('This move cannot be undone because it never happened.');
      return write(tx, now, undo, layoutBefore);
    },
    untracked: options.automatic ?? false,
  });
}
