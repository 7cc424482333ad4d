export type SortDirection = 'ascending' | 'descending';
export interface SortState<K extends string> {
  key: K;
  direction: SortDirection;
}

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/** Stable sort; blanks always last, whichever the direction, so empty cells never crowd the top. */
export function sortRows<R extends Record<K, string | number>, K extends string>(
  rows: R[],
  sort: SortState<K>,
): R[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const x = a.row[sort.key];
      const y = b.row[sort.key];
      const blankX = x === '';
      const blankY = y === '';
      if (blankX !== blankY) return blankX ? 1 : -1;
      const order =
        typeof x === 'number' && typeof y === 'number'
          ? x - y
          : collator.compare(String(x), String(y));
      return order !== 0 ? sign * order : a.index - b.index;
    })
    .map((r) => r.row);
}

export function nextSort<K extends string>(current: SortState<K>, key: K): SortState<K> {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
