import type { RegisterEntry } from '../registers';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `a` then whatever of `b` it lacks, by date, at most `max`. */
function joined<T extends { on: string }>(a: readonly T[], b: readonly T[], max: number): T[] {
  const out = [...a];
  for (const item of b) if (!out.some((x) => same(x, item))) out.push(item);
  return out.sort((x, y) => x.on.localeCompare(y.on)).slice(0, max);
}

const text = (a: string, b: string, max: number) =>
  (a && b && a !== b ? `${a}\n${b}` : a || b).slice(0, max);

/**
 * Two register entries about records found to be one (a merge): nothing is lost. The kept
 * entry's values stand, blanks are filled from the other, visits, handset changes and bulk texts
 * are joined in date order, notes are joined.
 */
export function foldEntry(into: RegisterEntry, from: RegisterEntry): RegisterEntry {
  if (into.kind === 'cuckooed_address' && from.kind === 'cuckooed_address')
    return {
      ...into,
      tenure: into.tenure === 'unknown' ? from.tenure : into.tenure,
      landlord: into.landlord || from.landlord,
      tenancyReference: into.tenancyReference || from.tenancyReference,
      visits: joined(into.visits, from.visits, 500),
      notes: text(into.notes, from.notes, 4000),
    };
  if (into.kind === 'deal_line' && from.kind === 'deal_line')
    return {
      ...into,
      handsetChanges: joined(into.handsetChanges, from.handsetChanges, 500),
      bulkTexts: joined(into.bulkTexts, from.bulkTexts, 1000),
      notes: text(into.notes, from.notes, 4000),
    };
  return into;
}

/** Array fields of an entry: what un-merge takes back out of a folded entry. */
const LISTS = ['visits', 'handsetChanges', 'bulkTexts'] as const;
const SCALARS = ['tenure', 'landlord', 'tenancyReference', 'notes'] as const;

/**
 * Un-folds, three ways: `before` the kept entry before the merge, `produced` what the merge made
 * of it, `present` the entry now. Items the folded entries brought leave the lists (items added
 * since stay); a field still as the merge left it returns to its value before; a field edited
 * since keeps the edit.
 */
export function unfoldEntry(
  before: RegisterEntry,
  produced: RegisterEntry,
  present: RegisterEntry,
  folded: readonly RegisterEntry[],
): RegisterEntry {
  const out: Record<string, unknown> = { ...present };
  const b = before as unknown as Record<string, unknown>;
  const p = produced as unknown as Record<string, unknown>;
  for (const field of SCALARS)
    if (field in out && same(out[field], p[field])) out[field] = b[field];
  for (const field of LISTS) {
    if (!(field in out)) continue;
    const own = (b[field] ?? []) as unknown[];
    const brought = folded
      .flatMap((f) => ((f as unknown as Record<string, unknown>)[field] ?? []) as unknown[])
      .filter((item) => !own.some((x) => same(x, item)));
    out[field] = (out[field] as unknown[]).filter((item) => !brought.some((x) => same(x, item)));
  }
  return out as unknown as RegisterEntry;
}
