import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../../shared/graph';
import { buildDemoWorkspace } from '../../../../shared/demo';
import {
  RESULT_LIMIT,
  resultsInWords,
  searchOptions,
} from '../../../../renderer/workspace/search/searchOptions';

const demo = buildDemoWorkspace();
const index = buildSearchIndex(demo.entities);
const byLabel = (label: string) => demo.entities.find((e) => e.label === label)!;

describe('searchOptions', () => {
  it('finds Maureen Threlfall from a misspelt surname and says the name matched', () => {
    const [first] = searchOptions(index, 'Threlfal');
    expect(first).toEqual({
      id: byLabel('Maureen Threlfall').id,
      label: 'Maureen Threlfall',
      kindLabel: 'Nominal (person)',
      matched: 'name',
    });
  });

  it('finds a deal line from its number typed the national way, matched as a phone number', () => {
    const [first] = searchOptions(index, '07700 900101');
    expect(first?.label).toBe('Tony line (2024)');
    expect(first?.kindLabel).toBe('Phone / deal line');
    expect(first?.matched).toBe('phone number');
  });

  it('returns at most the limit, and nothing for blank input', () => {
    expect(searchOptions(index, 'a').length).toBeLessThanOrEqual(RESULT_LIMIT);
    expect(searchOptions(index, '   ')).toEqual([]);
  });
});

describe('resultsInWords', () => {
  it('tells the analyst what to do when nothing matches', () => {
    expect(resultsInWords('Zzyzx', 0)).toMatch(/^Nothing matches "Zzyzx"\. Check the spelling/);
  });
  it('counts results, and says when the list was cut short', () => {
    expect(resultsInWords('Tony', 1)).toMatch(/^1 result\./);
    expect(resultsInWords('a', RESULT_LIMIT)).toContain('type more to narrow');
    expect(resultsInWords('', 3)).toBe('');
  });
});
