import { describe, expect, it } from 'vitest';
import type { FlaggedExposure } from '../../../shared/analysis';
import {
  exposureWords,
  hopsByPerson,
  summariseExposure,
} from '../../../renderer/safeguarding/exposureSummary';

const rows: FlaggedExposure[] = [
  {
    flagged: 'child',
    nearestHops: 2,
    controllers: [
      { controller: 'far', hops: 4, path: ['child', 'a', 'b', 'c', 'far'], between: [] },
      {
        controller: 'boss',
        hops: 2,
        path: ['child', 'runner', 'boss'],
        between: [
          { id: 'runner', paths: 2, share: 1 },
          { id: 'other', paths: 1, share: 0.5 },
        ],
      },
      { controller: 'none', hops: null, path: null, between: [] },
    ],
  },
  {
    flagged: 'alone',
    nearestHops: null,
    controllers: [{ controller: 'boss', hops: null, path: null, between: [] }],
  },
];

describe('exposure of the flagged to controllers', () => {
  const summary = summariseExposure(rows);
  const label = (id: string) => id.toUpperCase();

  it('keeps the nearest reachable controller and the main go-between', () => {
    expect(summary.get('child')).toEqual({ hops: 2, controllerId: 'boss', throughId: 'runner' });
    expect(summary.get('alone')).toEqual({ hops: null, controllerId: null, throughId: null });
  });

  it('passes hops to the safeguarding view only for people a controller can reach', () => {
    expect(hopsByPerson(summary)).toEqual({ child: 2 });
  });

  it('says it in words', () => {
    expect(exposureWords(summary.get('child'), label)).toBe(
      '2 steps from BOSS, mainly through RUNNER',
    );
    expect(exposureWords({ hops: 1, controllerId: 'boss', throughId: null }, label)).toBe(
      'Directly linked to BOSS',
    );
    expect(exposureWords(summary.get('alone'), label)).toBe(
      'Not connected to any controller on the map',
    );
    expect(exposureWords(undefined, label)).toBe('Not worked out');
  });
});
