import { describe, expect, it } from 'vitest';
import { savedViewSchema } from '../../../../shared/model';
import {
  readStoredFilters,
  toStoredFilters,
} from '../../../../renderer/workspace/filters/storedFilters';
import { NO_FILTERS } from '../../../../renderer/workspace/filters/viewFilters';
import type { ViewFilters } from '../../../../renderer/workspace/filters/viewFilters';

const full: ViewFilters = {
  entityKinds: ['nominal', 'phone'],
  linkKinds: ['calls'],
  minSource: '2',
  minIntelligence: 'C',
  handling: ['P'],
  dateFrom: '2025-03-01',
  dateTo: '2025-05-31',
  includeUndated: false,
  ego: { ids: ['ent_00000000000000000001'], hops: 2 },
};

describe('stored filters', () => {
  it('round-trips through a saved view record accepted by the shared schema', () => {
    const record = savedViewSchema.parse({
      id: 'view_00000000000000000001',
      workspaceId: 'ws_00000000000000000001',
      name: 'Spring 2025',
      filters: toStoredFilters(full),
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(readStoredFilters(record.filters)).toEqual(full);
    expect(readStoredFilters(toStoredFilters(NO_FILTERS))).toEqual(NO_FILTERS);
  });

  it('reads an empty or missing record as no filters', () => {
    expect(readStoredFilters({})).toEqual(NO_FILTERS);
    expect(readStoredFilters(undefined)).toEqual(NO_FILTERS);
    expect(readStoredFilters('nonsense')).toEqual(NO_FILTERS);
  });

  it('keeps the sound parts of a damaged or older record and drops the rest', () => {
    const read = readStoredFilters({
      entityKinds: ['nominal', 'spaceship'],
      linkKinds: 'calls',
      minSource: '9',
      minIntelligence: 'B',
      handling: ['P', 'Q'],
      dateFrom: '2025-02-30',
      dateTo: '2025-12-31',
      includeUndated: 'yes',
      ego: { ids: ['x'], hops: -1 },
    });
    expect(read).toEqual({
      entityKinds: ['nominal'],
      linkKinds: null,
      minIntelligence: 'B',
      handling: ['P'],
      dateTo: '2025-12-31',
      includeUndated: true,
    });
  });
});
