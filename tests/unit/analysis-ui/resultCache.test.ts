import { describe, expect, it } from 'vitest';
import { ResultCache } from '../../../renderer/analysis/resultCache';

describe('ResultCache', () => {
  it('keeps results of the newest version of each workspace only', () => {
    const cache = new ResultCache<number>();
    cache.set('ws1', 1, 'q', 10);
    cache.set('ws2', 1, 'q', 20);
    expect(cache.get('ws1', 1, 'q')).toBe(10);
    cache.set('ws1', 2, 'q', 11);
    expect(cache.get('ws1', 1, 'q')).toBeUndefined();
    expect(cache.get('ws1', 2, 'q')).toBe(11);
    expect(cache.get('ws2', 1, 'q')).toBe(20);
    // A slow result for an older version arriving late must not replace the newer ones.
    cache.set('ws1', 1, 'q', 99);
    expect(cache.get('ws1', 2, 'q')).toBe(11);
    expect(cache.get('ws1', 1, 'q')).toBeUndefined();
  });
});
