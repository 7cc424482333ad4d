import { z } from 'zod';
import { isoInstantSchema } from './dates';
import { recordIdSchema as idSchema } from './recordSchemas';

/**
 * Where each entity sits on a workspace's chart: placement is data, sealed in the vault like the
 * records it draws, so a hand-placed node is where the analyst left it after a tab switch, a
 * lock or a restart. One record per workspace (a layout of 100k nodes is one write, not 100k).
 */
export const PLACEMENT_LIMITS = { entries: 250_000 } as const;

const coordinate = z.number().finite().min(-1e9).max(1e9);

export const placedSchema = z.object({
  x: coordinate,
  y: coordinate,
  /** Pinned entities keep their place through every later layout. */
  pinned: z.literal(true).optional(),
});
export type Placed = z.infer<typeof placedSchema>;

export const placementSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  /** The layout these positions were made with, so the chart reopens in it (groups as boxes or not). */
  layout: z.string().trim().min(1).max(40).optional(),
  entries: z
    .record(idSchema, placedSchema)
    .refine((p) => Object.keys(p).length <= PLACEMENT_LIMITS.entries, {
      message: `A workspace can hold at most ${PLACEMENT_LIMITS.entries} placed entities`,
    }),
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
});
export type Placement = z.infer<typeof placementSchema>;

/** A change to some entities' places: a new place, or `null` to forget one. */
export type PlacementChanges = ReadonlyMap<string, Placed | null>;

/** The entries after a change; entries not named are kept as they were. */
export function placedAfter(
  entries: Readonly<Record<string, Placed>>,
  changes: PlacementChanges,
): Record<string, Placed> {
  const next = { ...entries };
  for (const [id, placed] of changes) {
    if (placed) next[id] = placed;
    else delete next[id];
  }
  return next;
}

/** The changes that would put `entries` back as they were for the ids in `changes`. */
export function placementUndo(
  entries: Readonly<Record<string, Placed>>,
  changes: PlacementChanges,
): Map<string, Placed | null> {
  const undo = new Map<string, Placed | null>();
  for (const id of changes.keys()) undo.set(id, entries[id] ?? null);
  return undo;
}
