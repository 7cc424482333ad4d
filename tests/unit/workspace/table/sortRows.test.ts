import { describe, expect, it } from 'vitest';
import { nextSort, sortRows } from '../../../../renderer/workspace/table/sortRows';

const rows = [
  { id: 'a', name: 'item 10', seen: '2025-02-01', links: 3 },
  { id: 'b', name: 'Item 2', seen: '', links: 12 },
  { id: 'c', name: 'item 1', seen: '2024-12-31', links: 3 },
];

describe('sortRows', () => {
  it('sorts text naturally and ignoring case', () => {
    expect(sortRows(rows, { key: 'name', direction: 'ascending' }).map((r) => r.id)).toEqual([
      'c',
      'b',
      'a',
    ]);
  });

  it('sorts numbers as numbers, keeping ties in their original order', () => {
    expect(sortRows(rows, { key: 'links', direction: 'descending' }).map((r) => r.id)).toEqual([
      'b',
      'a',
      'c',
    ]);
  });

  it('keeps blanks last in both directions', () => {
    expect(sortRows(rows, { key: 'seen', direction: 'ascending' }).map((r) => r.id)).toEqual([
      'c',
      'a',
      'b',
    ]);
    expect(sortRows(rows, { key: 'seen', direction: 'descending' }).map((r) => r.id)).toEqual([
      'a',
      'c',
      'b',
    ]);
  });

  it('toggles direction on the same column and starts ascending on a new one', () => {
    const first = nextSort({ key: 'name', direction: 'ascending' }, 'name');
    expect(first).toEqual({ key: 'name', direction: 'descending' });
    expect(nextSort(first, 'links')).toEqual({ key: 'links', direction: 'ascending' });
  });
});
