import { describe, expect, it } from 'vitest';
import { linkActivityHistogram } from '../../../../shared/graph';
import { dateInWords, periodInWords } from '../../../../renderer/workspace/timeline/dateWords';
import { histogramSummary } from '../../../../renderer/workspace/timeline/histogramSummary';

describe('dates in words', () => {
  it('writes UK dates without any time-zone shift', () => {
    expect(dateInWords('2025-01-01')).toBe('1 January 2025');
    expect(dateInWords('2024-02-29')).toBe('29 February 2024');
  });
  it('counts the days of a period inclusively', () => {
    expect(periodInWords('2025-03-01', '2025-03-01')).toBe(
      'from 1 March 2025 to 1 March 2025 (1 day)',
    );
    expect(periodInWords(undefined, undefined)).toBe('at any time');
  });
});

describe('histogramSummary', () => {
  it('names the span, the number of bars and the busiest one', () => {
    const bars = linkActivityHistogram(
      [
        { firstSeen: '2025-01-05', lastSeen: '2025-03-20' },
        { firstSeen: '2025-02-01', lastSeen: '2025-02-10' },
      ],
      'month',
    );
    expect(histogramSummary(bars, 'month')).toBe(
      'Link activity by month, January 2025 to March 2025: 3 months; busiest February 2025 with 2 active links.',
    );
  });
  it('says when there is nothing to chart', () => {
    expect(histogramSummary([], 'week')).toBe('No dated links to chart.');
  });
});
