import { describe, expect, it } from 'vitest';
import { histogramBins, describeBins } from '../../../renderer/analysis/histogramBins';
import { csvCell, rankingCsv } from '../../../renderer/analysis/rankingCsv';
import { nextRankingSort, rankingRows, sortRanking } from '../../../renderer/analysis/rankingRows';
import {
  controllerCandidates,
  flaggedPeople,
} from '../../../renderer/analysis/safeguardingTargets';
import { person, place } from '../../../renderer/dev/factories';
import { id, pathWorkspace, workspaceOf } from './fixture';

describe('ranking rows', () => {
  const ws = pathWorkspace();
  const ids = [1, 2, 3, 4, 5, 6].map(id);
  const values = Float64Array.of(0, 4, 8, 4, 0, 9);
  it('ranks with shared ranks for ties, and re-ranks nominals on their own', () => {
    const all = rankingRows(ids, values, ws.entities, false);
    expect(all.map((r) => [r.label, r.rank])).toEqual([
      ['1 High Street', 1],
      ['Person 3', 2],
      ['Person 2', 3],
      ['Person 4', 3],
      ['Person 1', 5],
      ['Person 5', 5],
    ]);
    expect(rankingRows(ids, values, ws.entities, true)[0]).toMatchObject({
      label: 'Person 3',
      rank: 1,
    });
  });
  it('sorts by any column and flips on a second click', () => {
    const rows = rankingRows(ids, values, ws.entities, true);
    const byLabel = nextRankingSort({ key: 'rank', direction: 'ascending' }, 'label');
    expect(sortRanking(rows, byLabel).map((r) => r.label)[0]).toBe('Person 1');
    const flipped = nextRankingSort(byLabel, 'label');
    expect(sortRanking(rows, flipped).map((r) => r.label)[0]).toBe('Person 5');
  });
});

describe('ranking CSV', () => {
  it('quotes, defuses formulas and carries the marking on its first and last lines', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-1.5)).toBe('-1.5');
    const rows = [{ id: 'e1', rank: 1, label: 'Smith, J', kind: 'Nominal (person)', value: 0.25 }];
    const lines = rankingCsv(rows, 'Betweenness', 'OFFICIAL-SENSITIVE').split('\r\n');
    expect(lines).toEqual([
      'OFFICIAL-SENSITIVE',
      'rank,label,kind,id,Betweenness',
      '1,"Smith, J",Nominal (person),e1,0.25',
      'OFFICIAL-SENSITIVE',
      '',
    ]);
  });
});

describe('histogram bins', () => {
  it('gives one bin per value for small integers and equal widths otherwise', () => {
    expect(histogramBins([1, 1, 2, 4]).map((b) => b.count)).toEqual([2, 1, 0, 1]);
    const bins = histogramBins([0, 0.5, 1], 2);
    expect(bins.map((b) => b.count)).toEqual([1, 2]);
    expect(describeBins(bins, 'Closeness')).toBe(
      'Closeness of 3 entities. 0 to 0.5000: 1; 0.5000 to 1: 2.',
    );
    expect(histogramBins([])).toEqual([]);
  });
});

describe('safeguarding targets', () => {
  it('flags children by date of birth, the vulnerable and victims; never as controllers', () => {
    const ws = workspaceOf(
      [
        person(id(1), 'Child', { dateOfBirth: '2010-05-01', roles: ['suspect'] }),
        person(id(2), 'Adult suspect', { dateOfBirth: '1990-01-01', roles: ['suspect'] }),
        person(id(3), 'Victim', { roles: ['victim'] }),
        person(id(4), 'Vulnerable', {
          safeguarding: {
            vulnerable: true,
            missingEpisodes: 0,
            lookedAfter: false,
            excludedOrReducedTimetable: false,
            cuckooedOccupant: false,
          },
        }),
        place(id(5), 'Flat'),
      ],
      [
        [2, 1, { kind: 'controls' }],
        [1, 5, { kind: 'runs_line' }],
      ],
    );
    const flagged = flaggedPeople(ws, '2026-11-01');
    expect(flagged).toEqual([id(1), id(3), id(4)]);
    expect(flaggedPeople(ws, '2030-01-01')).toEqual([id(3), id(4)]);
    expect(controllerCandidates(ws, flagged)).toEqual({ suspects: [id(2)], named: [id(2)] });
  });
});
