import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SortState } from './sortRows';
import { nextSort, sortRows } from './sortRows';

export interface Column<K extends string> {
  key: K;
  label: string;
  numeric?: boolean;
}

export interface DataTableProps<
  K extends string,
  R extends { id: string } & Record<K, string | number>,
> {
  caption: string;
  columns: Column<K>[];
  /** The column whose cells are row headers, holding the button that selects the row. */
  rowHeader: K;
  rows: R[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  /** The select button's accessible name when the row header alone is ambiguous. */
  rowName?: (row: R) => string;
}

/** Past this many rows only the visible ones are in the DOM; the table keeps its semantics. */
const VIRTUALISE_ABOVE = 100;
const ROW_HEIGHT = 34;

export function DataTable<K extends string, R extends { id: string } & Record<K, string | number>>(
  props: DataTableProps<K, R>,
) {
  const [sort, setSort] = useState<SortState<K>>({ key: props.rowHeader, direction: 'ascending' });
  const rows = useMemo(() => sortRows(props.rows, sort), [props.rows, sort]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualise = rows.length > VIRTUALISE_ABOVE;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser's results are read during render only, never memoised
  const virtualiser = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    enabled: virtualise,
  });
  const items = virtualise
    ? virtualiser.getVirtualItems()
    : rows.map((_, index) => ({ index, start: index * ROW_HEIGHT, end: (index + 1) * ROW_HEIGHT }));
  // The selection is shared with the chart: a row picked there is brought into view here.
  const selectedIndex = rows.findIndex((r) => r.id === props.selectedId);
  useEffect(() => {
    if (selectedIndex < 0) return;
    if (virtualise) virtualiser.scrollToIndex(selectedIndex, { align: 'auto' });
    else
      scroller.current
        ?.querySelector('tr[aria-selected="true"]')
        ?.scrollIntoView({ block: 'nearest' });
  }, [selectedIndex, virtualise, virtualiser]);
  const top = virtualise ? (items[0]?.start ?? 0) : 0;
  const bottom = virtualise ? virtualiser.getTotalSize() - (items.at(-1)?.end ?? 0) : 0;

  return (
    <div className="table-scroller" ref={scroller}>
      <table className="data-table" aria-rowcount={rows.length + 1}>
        <caption>
          {props.caption} <span className="count">({rows.length})</span>
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            {props.columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={sort.key === c.key ? sort.direction : 'none'}
                className={c.numeric ? 'numeric' : undefined}
              >
                <button
                  type="button"
                  className="sort"
                  onClick={() => setSort(nextSort(sort, c.key))}
                >
                  {c.label}
                  <span aria-hidden="true" className="sort-mark">
                    {sort.key === c.key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {top > 0 ? <tr aria-hidden="true" className="spacer" style={{ height: top }} /> : null}
          {items.map(({ index }) => {
            const row = rows[index];
            if (!row) return null;
            const selected = row.id === props.selectedId;
            return (
              <tr
                key={row.id}
                aria-rowindex={index + 2}
                aria-selected={selected}
                className={selected ? 'selected' : undefined}
              >
                {props.columns.map((c) =>
                  c.key === props.rowHeader ? (
                    <th key={c.key} scope="row">
                      <button
                        type="button"
                        className="row-select"
                        aria-label={props.rowName?.(row)}
                        onClick={() => props.onSelect(row.id)}
                      >
                        {String(row[c.key])}
                      </button>
                    </th>
                  ) : (
                    <td key={c.key} className={c.numeric ? 'numeric' : undefined}>
                      {String(row[c.key])}
                    </td>
                  ),
                )}
              </tr>
            );
          })}
          {bottom > 0 ? (
            <tr aria-hidden="true" className="spacer" style={{ height: bottom }} />
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
