import { z } from 'zod';

/** UK Government Security Classifications. OFFICIAL-SENSITIVE is a handling caveat of OFFICIAL. */
export const CLASSIFICATIONS = ['OFFICIAL', 'OFFICIAL-SENSITIVE', 'SECRET'] as const;
export const classificationSchema = z.enum(CLASSIFICATIONS);
export type Classification = z.infer<typeof classificationSchema>;

const RANK: Record<Classification, number> = { OFFICIAL: 0, 'OFFICIAL-SENSITIVE': 1, SECRET: 2 };

export function classificationRank(c: Classification): number {
  return RANK[c];
}

/** Whether material at `item` may go into a document cleared up to `ceiling`. */
export function withinCeiling(item: Classification, ceiling: Classification): boolean {
  return RANK[item] <= RANK[ceiling];
}

export function highestClassification(items: Iterable<Classification>): Classification {
  let best: Classification = 'OFFICIAL';
  for (const c of items) if (RANK[c] > RANK[best]) best = c;
  return best;
}

/** The marking printed at top and bottom of every page and export. */
export function classificationMarking(c: Classification): string {
  return c;
}
