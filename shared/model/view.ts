import { z } from 'zod';
import { isoInstantSchema } from './dates';
import { recordIdSchema as idSchema } from './recordSchemas';

/** Limits that keep one saved view from growing without bound (each is sealed as one record). */
export const VIEW_LIMITS = {
  filtersChars: 32_000,
  stylingChars: 32_000,
  positions: 200_000,
} as const;

/** Size of a value written as JSON, or Infinity when JSON cannot hold it faithfully. */
function jsonChars(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? Number.POSITIVE_INFINITY;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** A free-form JSON object owned by the workspace views, bounded so a view stays small. */
function boundedJsonObject(maxChars: number, what: string) {
  return z.record(z.string(), z.unknown()).refine((v) => jsonChars(v) <= maxChars, {
    message: `${what} are too large to save (at most ${maxChars} characters as JSON)`,
  });
}

export const viewPositionSchema = z.object({ x: z.number(), y: z.number() });
export type ViewPosition = z.infer<typeof viewPositionSchema>;

export const savedViewSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  name: z.string().trim().min(1, 'A saved view needs a name').max(200),
  filters: boundedJsonObject(VIEW_LIMITS.filtersChars, 'The filters').default({}),
  /** Entity id to canvas position; x and y must be finite numbers. */
  positions: z
    .record(idSchema, viewPositionSchema)
    .refine((p) => Object.keys(p).length <= VIEW_LIMITS.positions, {
      message: `A saved view can hold at most ${VIEW_LIMITS.positions} positions`,
    })
    .default({}),
  styling: boundedJsonObject(VIEW_LIMITS.stylingChars, 'The styling settings').default({}),
  /** Name of the layout the view was saved with, e.g. "fcose" or "preset". */
  layout: z.string().trim().min(1, 'A saved view needs a layout').max(100).default('preset'),
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
});
export type SavedView = z.infer<typeof savedViewSchema>;
