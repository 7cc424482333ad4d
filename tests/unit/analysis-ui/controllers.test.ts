import { describe, expect, it } from 'vitest';
import { chooseControllers } from '../../../renderer/analysis/controllers';

describe('chooseControllers', () => {
  const index = new Map(['a', 'b', 'c', 'd'].map((v, i) => [v, i]));
  const between = Float64Array.of(5, 9, 9, 1);
  it('takes the top suspects by betweenness (ties in suspect order) plus the named', () => {
    expect(chooseControllers(between, index, ['a', 'c', 'b', 'd'], ['d', 'x'], 2)).toEqual([
      'c',
      'b',
      'd',
    ]);
    expect(chooseControllers(between, index, ['a'], [], 0)).toEqual([]);
  });
});
