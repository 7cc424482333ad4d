import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import {
  formatValue,
  nextRankingSort,
  sortRanking,
  type RankingKey,
  type RankingRow,
  type RankingSort,
} from './rankingRows';

const ROW_HEIGHT = 30;
const COLUMNS: { key: RankingKey; label: string; numeric: boolean }[] = [
  { key: 'rank', label: 'Rank', numeric: true },
  { key: 'label', label: 'Entity', numeric: false },
  { key: 'kind', label: 'Kind', numeric: false },
  { key: 'value', label: 'Value', numeric: true },
];

/**
 * The ranking as a real table (sortable headers, row headers that select on the chart), with
 * only the visible rows in the DOM so that a 10,000-entity network scrolls smoothly.
 */
export function RankingTable(props: {
  rows: readonly RankingRow[];
  caption: string;
  onSelect(id: string): void;
}) {
  const [sort, setSort] = useState<RankingSort>({ key: 'rank', direction: 'ascending' });
  const rows = useMemo(() => sortRanking(props.rows, sort), [props.rows, sort]);
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- read during render only, never memoised
  const virtualiser = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualiser.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualiser.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div className="analysis-ranking" ref={scroller} tabIndex={0} aria-label={props.caption}>
      <table aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={sort.key === c.key ? sort.direction : 'none'}
                className={c.numeric ? 'numeric' : undefined}
              >
                <button type="button" onClick={() => setSort(nextRankingSort(sort, c.key))}>
                  {c.label}
                  <span aria-hidden="true">
                    {sort.key === c.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {top > 0 ? <tr aria-hidden="true" style={{ height: top }} /> : null}
          {items.map(({ index }) => {
            const row = rows[index];
            if (!row) return null;
            return (
              <tr key={row.id} aria-rowindex={index + 2} style={{ height: ROW_HEIGHT }}>
                <td className="numeric">{row.rank}</td>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => props.onSelect(row.id)}
                  >
                    {row.label}
                  </button>
                </th>
                <td>{row.kind}</td>
                <td className="numeric">{formatValue(row.value)}</td>
              </tr>
            );
          })}
          {bottom > 0 ? <tr aria-hidden="true" style={{ height: bottom }} /> : null}
        </tbody>
      </table>
    </div>
  );
}
