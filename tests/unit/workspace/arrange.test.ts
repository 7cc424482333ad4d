import { describe, expect, it } from 'vitest';
import { arrange, nearestInDirection, nearestTo } from '../../../renderer/workspace/arrange';

const at = (entries: [string, number, number][]) =>
  new Map(entries.map(([id, x, y]) => [id, { x, y }] as const));

describe('arranging a selection', () => {
  const three = at([
    ['a', 0, 10],
    ['b', 50, 40],
    ['c', 300, 25],
  ]);

  it('aligns on a line and keeps the other coordinate', () => {
    expect([...arrange(three, 'left').values()]).toEqual([
      { x: 0, y: 10 },
      { x: 0, y: 40 },
      { x: 0, y: 25 },
    ]);
    expect(arrange(three, 'middle').get('b')).toEqual({ x: 50, y: 25 });
    expect(arrange(three, 'bottom').get('a')).toEqual({ x: 0, y: 40 });
  });

  it('spreads evenly between the outermost, in the present order', () => {
    const spread = arrange(three, 'spread-x');
    expect(spread.get('a')).toEqual({ x: 0, y: 10 });
    expect(spread.get('b')).toEqual({ x: 150, y: 40 });
    expect(spread.get('c')).toEqual({ x: 300, y: 25 });
  });

  it('leaves a single entity where it is', () => {
    expect(arrange(at([['a', 5, 6]]), 'spread-y').get('a')).toEqual({ x: 5, y: 6 });
  });
});

describe('moving the selection with the arrow keys', () => {
  const grid = at([
    ['centre', 0, 0],
    ['rightLevel', 100, 5],
    ['rightFar', 60, 80],
    ['up', 0, -90],
    ['left', -120, 0],
  ]);
  const others = [...grid.entries()].filter(([id]) => id !== 'centre');

  it('prefers what lies level in the direction over what is nearer but off the line', () => {
    expect(nearestInDirection({ x: 0, y: 0 }, others, 'right')).toBe('rightLevel');
    expect(nearestInDirection({ x: 0, y: 0 }, others, 'up')).toBe('up');
    expect(nearestInDirection({ x: 0, y: 0 }, others, 'left')).toBe('left');
    expect(nearestInDirection({ x: 0, y: 0 }, others, 'down')).toBe('rightFar');
  });

  it('finds nothing where nothing lies ahead', () => {
    expect(nearestInDirection({ x: 500, y: 0 }, others, 'right')).toBeUndefined();
  });

  it('starts from the entity nearest the middle of the view', () => {
    expect(nearestTo({ x: 90, y: 0 }, grid.entries())).toBe('rightLevel');
  });
});
