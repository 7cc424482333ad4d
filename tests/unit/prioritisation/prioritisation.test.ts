import { describe, expect, it } from 'vitest';
import {
  bandFor,
  DEFAULT_MATRIX,
  PRIORITISATION_DISCLAIMER,
  rankGroups,
  recordScore,
  scoreHistory,
  scoringMatrixSchema,
  weightedScore,
} from '../../../shared/prioritisation';

const gid = (n: number) => `ent_${n.toString(16).padStart(20, '0')}`;
const all = (v: number) => Object.fromEntries(DEFAULT_MATRIX.criteria.map((c) => [c.id, v]));
const score = (group: number, scores: Record<string, number>, at: string, by = 'DS Patel') =>
  recordScore(DEFAULT_MATRIX, {
    groupId: gid(group),
    matrixId: DEFAULT_MATRIX.id,
    scores,
    scoredBy: by,
    scoredAt: at,
  });

describe('scoring matrix', () => {
  it('describes every level of every criterion and covers the six criteria', () => {
    expect(DEFAULT_MATRIX.criteria.map((c) => c.id)).toEqual([
      'harm',
      'threat',
      'risk',
      'capability',
      'intent',
      'vulnerability',
    ]);
    for (const c of DEFAULT_MATRIX.criteria) expect(c.levels).toHaveLength(5);
  });

  it('refuses duplicate criteria and all-zero weights', () => {
    const c = DEFAULT_MATRIX.criteria[0]!;
    expect(() => scoringMatrixSchema.parse({ ...DEFAULT_MATRIX, criteria: [c, c] })).toThrow(
      /share an id/,
    );
    expect(() =>
      scoringMatrixSchema.parse({ ...DEFAULT_MATRIX, criteria: [{ ...c, weight: 0 }] }),
    ).toThrow(/weight above zero/);
  });

  it('says plainly that it is not the national OCGM tool', () => {
    expect(PRIORITISATION_DISCLAIMER).toMatch(/not the national OCG Mapping \(OCGM\) tool/);
  });
});

describe('scores', () => {
  it('weights criteria: all 1s is 0, all 5s is 100, and a hand-worked mix', () => {
    expect(weightedScore(DEFAULT_MATRIX, all(1)).total).toBe(0);
    expect(weightedScore(DEFAULT_MATRIX, all(5)).total).toBe(100);
    // harm 5 (w3), vulnerability 5 (w3), others 1: (3 + 3) / 13 = 46.2%
    expect(weightedScore(DEFAULT_MATRIX, { ...all(1), harm: 5, vulnerability: 5 })).toEqual({
      total: 46.2,
      complete: true,
    });
    expect(weightedScore(DEFAULT_MATRIX, { harm: 5 })).toEqual({ total: 100, complete: false });
    expect(bandFor(DEFAULT_MATRIX, 46.2)).toBe('medium');
  });

  it('needs every criterion scored 1-5, by someone', () => {
    expect(() => score(1, { harm: 3 }, '2025-01-01T10:00:00.000Z')).toThrow(/missing: Threat/);
    expect(() => score(1, { ...all(3), harm: 6 }, '2025-01-01T10:00:00.000Z')).toThrow(/1 to 5/);
    expect(() => score(1, all(3), '2025-01-01T10:00:00.000Z', ' ')).toThrow(/who scored/);
    expect(() => score(1, { ...all(3), charisma: 2 }, '2025-01-01T10:00:00.000Z')).toThrow(
      /not in the matrix: charisma/,
    );
  });
});

describe('history and ranking', () => {
  const records = [
    score(1, all(2), '2025-01-01T10:00:00.000Z'),
    score(1, all(4), '2025-03-01T10:00:00.000Z', 'DI Carter'),
    score(2, all(3), '2025-02-01T10:00:00.000Z'),
    score(3, all(3), '2025-02-02T10:00:00.000Z'),
  ];

  it('keeps every scoring, newest first', () => {
    expect(scoreHistory(records, gid(1)).map((r) => r.scoredBy)).toEqual(['DI Carter', 'DS Patel']);
  });

  it('ranks by the latest scoring, ties sharing a rank, with the change since last time', () => {
    const ranked = rankGroups(DEFAULT_MATRIX, records);
    expect(ranked.map((r) => [r.groupId, r.rank, r.total, r.band, r.change])).toEqual([
      [gid(1), 1, 75, 'high', 50],
      [gid(2), 2, 50, 'medium', undefined],
      [gid(3), 2, 50, 'medium', undefined],
    ]);
  });

  it('re-ranks when the weights change', () => {
    const matrix = {
      ...DEFAULT_MATRIX,
      criteria: DEFAULT_MATRIX.criteria.map((c) => ({ ...c, weight: c.id === 'harm' ? 1 : 0 })),
    };
    const recs = [
      score(1, { ...all(5), harm: 1 }, '2025-01-01T10:00:00.000Z'),
      score(2, { ...all(1), harm: 4 }, '2025-01-01T10:00:00.000Z'),
    ];
    expect(rankGroups(DEFAULT_MATRIX, recs)[0]?.groupId).toBe(gid(1));
    expect(rankGroups(matrix, recs)[0]?.groupId).toBe(gid(2));
  });
});
