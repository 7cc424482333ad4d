import { describe, expect, it } from 'vitest';
import { describeFilters, NO_FILTERS } from '../../../../renderer/workspace/filters/viewFilters';

describe('describeFilters', () => {
  it('says so when nothing is filtered', () => {
    expect(describeFilters(NO_FILTERS)).toBe('Showing everything.');
  });

  it('reads every choice in one sentence, with the UI words for kinds and grades', () => {
    const text = describeFilters({
      entityKinds: ['nominal', 'phone'],
      linkKinds: ['calls'],
      minSource: '2',
      minIntelligence: 'B',
      handling: ['P'],
      dateFrom: '2025-03-01',
      dateTo: '2025-05-31',
      includeUndated: false,
      ego: { ids: ['a', 'b'], hops: 2 },
    });
    expect(text).toBe(
      'Filtered: only Nominals and Phones; only "Calls"; sources graded 1 to 2; ' +
        'intelligence graded A to B; handling code P only; ' +
        'links active from 1 March 2025 to 31 May 2025 (92 days); undated links hidden; ' +
        'within 2 links of the 2 chosen entities.',
    );
  });

  it('reads open-ended periods and empty kind lists plainly', () => {
    expect(describeFilters({ ...NO_FILTERS, dateFrom: '2026-01-05' })).toBe(
      'Filtered: links active from 5 January 2026 onwards.',
    );
    expect(describeFilters({ ...NO_FILTERS, dateTo: '2024-12-25', entityKinds: [] })).toBe(
      'Filtered: no entity kinds; links active up to 25 December 2024.',
    );
    expect(describeFilters({ ...NO_FILTERS, minSource: '1', ego: { ids: ['x'], hops: 1 } })).toBe(
      'Filtered: reliable sources only; within 1 link of the 1 chosen entity.',
    );
  });

  it('names the kinds left out when that is shorter than naming those shown', () => {
    expect(
      describeFilters({
        ...NO_FILTERS,
        entityKinds: ['nominal', 'ocg', 'usg', 'location', 'vehicle', 'organisation', 'other'],
      }),
    ).toBe('Filtered: every entity kind except Phones.');
    expect(describeFilters({ ...NO_FILTERS, linkKinds: [] })).toBe('Filtered: no link kinds.');
  });

  it('ignores an ego network with nobody in it, as the filter does', () => {
    expect(describeFilters({ ...NO_FILTERS, ego: { ids: [], hops: 3 } })).toBe(
      'Showing everything.',
    );
  });
});
