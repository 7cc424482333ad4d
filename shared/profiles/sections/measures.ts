import { meaningFor } from '../measureMeanings';
import type { ProfileContext } from '../context';
import type { MeasureRow } from '../profileTypes';

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13
      ? 'th'
      : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function formatValue(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(3);
}

/** For a group, the members who score highest on each measure are the ones worth naming. */
const MEMBERS_PER_MEASURE = 3;

/**
 * Positions count only records the recipient can see, so that "3rd of 12" says nothing about
 * how many records were withheld.
 */
export function measureRows(ctx: ProfileContext): { rows: MeasureRow[]; notice: string } {
  if (ctx.measures.length === 0)
    return { rows: [], notice: 'No network measures were supplied for this profile.' };
  const isGroup = ctx.subject.kind === 'ocg' || ctx.subject.kind === 'usg';
  const rows: MeasureRow[] = [];
  for (const m of ctx.measures) {
    const visible = Object.entries(m.values)
      .filter(([id, v]) => ctx.entities.has(id) && Number.isFinite(v))
      .sort((a, b) => b[1] - a[1]);
    const position = (id: string) => {
      const value = visible.find(([vid]) => vid === id)?.[1];
      const rank = visible.findIndex(([, v]) => v === value) + 1;
      return `${ordinal(rank)} highest of ${visible.length}`;
    };
    const focus = isGroup
      ? [...ctx.focusIds].filter((id) => id !== ctx.subject.id)
      : [ctx.subject.id];
    const chosen = visible
      .filter(([id]) => focus.includes(id))
      .slice(0, isGroup ? MEMBERS_PER_MEASURE : 1);
    for (const [id, value] of chosen) {
      rows.push({
        measureId: m.id,
        label: m.label,
        meaning: meaningFor(m.id, m.meaning),
        entityId: id,
        entityLabel: ctx.entities.get(id)?.label ?? '',
        value: formatValue(value),
        position: position(id),
      });
    }
  }
  const notice = rows.length === 0 ? 'The measures supplied hold no value for this subject.' : '';
  return { rows, notice };
}
