import { ENTITY_KINDS, type Entity } from '../../shared/model';

export interface RankingRow {
  id: string;
  /** 1 for the highest value; ties share a rank (competition ranking: 1, 2, 2, 4). */
  rank: number;
  label: string;
  kind: string;
  value: number;
}

export type RankingKey = 'rank' | 'label' | 'kind' | 'value';
export interface RankingSort {
  key: RankingKey;
  direction: 'ascending' | 'descending';
}

/**
 * Rows for the ranking, ranked on the values of the kept entities only, so "nominals only"
 * shows the nominals' own order with no gaps. Entities the measure does not cover are skipped.
 */
export function rankingRows(
  ids: readonly string[],
  values: Float64Array,
  entities: ReadonlyMap<string, Entity>,
  nominalsOnly: boolean,
): RankingRow[] {
  const rows: Omit<RankingRow, 'rank'>[] = [];
  ids.forEach((id, i) => {
    const entity = entities.get(id);
    if (!entity || (nominalsOnly && entity.kind !== 'nominal')) return;
    const value = values[i]!;
    rows.push({ id, label: entity.label, kind: ENTITY_KINDS[entity.kind].label, value });
  });
  rows.sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  let rank = 0;
  return rows.map((row, i) => {
    if (i === 0 || row.value !== rows[i - 1]!.value) rank = i + 1;
    return { ...row, rank };
  });
}

export function sortRanking(rows: readonly RankingRow[], sort: RankingSort): RankingRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compare = (a: RankingRow, b: RankingRow): number => {
    const x = a[sort.key];
    const y = b[sort.key];
    const c =
      typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return c || a.rank - b.rank || a.label.localeCompare(b.label);
  };
  return [...rows].sort((a, b) => sign * compare(a, b));
}

/** Clicking the sorted column flips it; another column starts in its natural order. */
export function nextRankingSort(current: RankingSort, key: RankingKey): RankingSort {
  if (current.key === key)
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'value' ? 'descending' : 'ascending' };
}

/** Figures as analysts read them: integers plainly, others to four significant figures. */
export function formatValue(value: number): string {
  if (Number.isInteger(value)) return String(value);
  if (value === 0) return '0';
  return Math.abs(value) >= 1e-3 ? value.toPrecision(4) : value.toExponential(2);
}
