import { z } from 'zod';
import { ENTITY_KIND_IDS, HANDLING_CODES, isRealDate, LINK_KIND_IDS } from '../../../shared/model';
import type { EntityKind, HandlingCode, LinkKind } from '../../../shared/model';
import { NO_FILTERS } from './viewFilters';
import type { ViewFilters } from './viewFilters';

/** A list of known values; values the model no longer has (a kind since renamed) are dropped. */
function knownList<T extends string>(known: readonly T[]) {
  return z
    .array(z.string())
    .nullable()
    .catch(null)
    .transform((xs) => (xs ? xs.filter((x): x is T => known.includes(x as T)) : null));
}

const date = z.string().refine(isRealDate).optional().catch(undefined);

/**
 * Saved views hold their filters as plain JSON (shared/model/view.ts), written by whatever
 * version of Linchpin saved them. Each part is read on its own: a part that no longer makes
 * sense falls back to "no filter", so an old view still opens rather than failing whole.
 */
const storedFiltersSchema = z.object({
  entityKinds: knownList<EntityKind>(ENTITY_KIND_IDS),
  linkKinds: knownList<LinkKind>(LINK_KIND_IDS),
  minSource: z.enum(['1', '2', '3']).optional().catch(undefined),
  minIntelligence: z.enum(['A', 'B', 'C', 'D', 'E']).optional().catch(undefined),
  handling: knownList<HandlingCode>(Object.keys(HANDLING_CODES) as HandlingCode[]),
  dateFrom: date,
  dateTo: date,
  includeUndated: z.boolean().catch(true),
  ego: z
    .object({
      ids: z.array(z.string()).max(10_000),
      hops: z.number().int().min(0).max(20),
    })
    .optional()
    .catch(undefined),
  register: z
    .object({
      kind: z.enum(['cuckooed_address', 'deal_line']),
      ids: z.array(z.string()).max(100_000),
    })
    .optional()
    .catch(undefined),
});

/** The filters of a saved view, read defensively; anything unreadable means "no filters". */
export function readStoredFilters(stored: unknown): ViewFilters {
  const parsed = storedFiltersSchema.safeParse(stored ?? {});
  if (!parsed.success) return NO_FILTERS;
  // Written through JSON so that absent optional parts are absent, not `undefined`.
  return JSON.parse(JSON.stringify(parsed.data)) as ViewFilters;
}

/** The filters as the plain JSON object a saved view stores. */
export function toStoredFilters(f: ViewFilters): Record<string, unknown> {
  return JSON.parse(JSON.stringify(f)) as Record<string, unknown>;
}
