import { describe, expect, it } from 'vitest';
import { MEASURES } from '../../../shared/analysis';
import { graphKey, queryKey, weightingFor } from '../../../renderer/analysis/requests';

describe('weightingFor', () => {
  it('weights only strength and the strongest path', () => {
    const weighted = MEASURES.filter(
      (m) => weightingFor({ kind: 'measure', measure: m.id }) !== 'none',
    ).map((m) => m.id);
    expect(weighted).toEqual(['strength']);
    expect(weightingFor({ kind: 'strongestPath', from: 'a', to: 'b' })).toBe('confidence');
    expect(weightingFor({ kind: 'shortestPath', from: 'a', to: 'b' })).toBe('none');
    expect(weightingFor({ kind: 'keyPlayers', k: 2, timeBudgetMs: 100 })).toBe('none');
  });
});

describe('queryKey', () => {
  it('ignores the order of a chosen set but not of a path', () => {
    expect(queryKey({ kind: 'whatIf', ids: ['b', 'a'] })).toBe(
      queryKey({ kind: 'whatIf', ids: ['a', 'b', 'a'] }),
    );
    expect(queryKey({ kind: 'connecting', ids: ['a', 'b'] })).not.toBe(
      queryKey({ kind: 'whatIf', ids: ['a', 'b'] }),
    );
    expect(queryKey({ kind: 'shortestPath', from: 'a', to: 'b' })).not.toBe(
      queryKey({ kind: 'shortestPath', from: 'b', to: 'a' }),
    );
    expect(graphKey('ws', 2, 'none')).not.toBe(graphKey('ws', 3, 'none'));
  });
});
