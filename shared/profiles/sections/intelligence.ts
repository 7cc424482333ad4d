import { describeGrade, formatGrade, type IntelItem } from '../../model';
import type { ProfileContext } from '../context';
import type { IntelRow } from '../profileTypes';

/** Items the focus records and their links rest on, newest first. */
export function focusIntel(ctx: ProfileContext): IntelItem[] {
  const ids = new Set<string>();
  for (const id of ctx.focusIds) for (const p of ctx.entities.get(id)?.provenance ?? []) ids.add(p);
  for (const l of ctx.focusLinks) for (const p of l.provenance) ids.add(p);
  return [...ids]
    .map((id) => ctx.intel.get(id))
    .filter((i): i is IntelItem => i !== undefined)
    .sort((a, b) =>
      a.date < b.date ? 1 : a.date > b.date ? -1 : a.reference.localeCompare(b.reference),
    );
}

export function intelRows(ctx: ProfileContext): IntelRow[] {
  return focusIntel(ctx).map((i) => ({
    reference: i.reference,
    date: i.date,
    grade: formatGrade(i.grade),
    gradeMeaning: describeGrade(i.grade),
    summary: i.summary,
  }));
}
