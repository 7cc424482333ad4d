import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MATRIX,
  explainBandChange,
  rankGroups,
  recordScore,
  scoringMatrixSchema,
} from '../../../shared/prioritisation';

const group = 'ent_00000000000000000001';
const score = (level: number, at: string) =>
  recordScore(DEFAULT_MATRIX, {
    groupId: group,
    matrixId: DEFAULT_MATRIX.id,
    scores: Object.fromEntries(DEFAULT_MATRIX.criteria.map((c) => [c.id, level])),
    scoredBy: 'DS Example',
    scoredAt: at,
  });

describe('prioritisation history as recorded', () => {
  it('keeps each score as computed with the weights and bands of its day', () => {
    const s = score(3, '2026-10-01T09:00:00.000Z');
    expect(s.asScored).toMatchObject({
      total: 50,
      band: 'medium',
      bands: { medium: 40, high: 70 },
    });
    expect(s.asScored?.weights).toMatchObject({ harm: 3, intent: 1 });
  });

  it('ranks today under today\u2019s matrix, and explains a band that moved after a change', () => {
    const first = score(3, '2026-10-01T09:00:00.000Z');
    // Mixed scores so a reweighting moves the total: harm high, intent low.
    const mixed = recordScore(DEFAULT_MATRIX, {
      ...first,
      scores: { ...first.scores, harm: 2, vulnerability: 2, threat: 4, risk: 4, capability: 4 },
      scoredAt: '2026-10-02T09:00:00.000Z',
    });
    const heavier = scoringMatrixSchema.parse({
      ...DEFAULT_MATRIX,
      criteria: DEFAULT_MATRIX.criteria.map((c) =>
        c.id === 'harm' || c.id === 'vulnerability' ? { ...c, weight: 10 } : c,
      ),
      bands: { medium: 45, high: 70 },
    });
    const [row] = rankGroups(heavier, [first, mixed]);
    expect(row!.latest.asScored!.band).toBe('medium');
    expect(row!.band).toBe('low');
    // The change compares the two scorings as recorded, not recomputed.
    expect(row!.change).toBe(Math.round((mixed.asScored!.total - first.asScored!.total) * 10) / 10);
    expect(row!.bandChange).toMatch(
      /^Scored Medium \(\d+(\.\d)?\) on 2026-10-02 with the weights of that day; Low \(\d+(\.\d)?\) under today's matrix, because the matrix changed: Harm weight 3 → 10; Vulnerability of those exploited weight 3 → 10; Medium band from 40 → 45\.$/,
    );
    expect(explainBandChange(DEFAULT_MATRIX, mixed)).toBeUndefined();
  });
});
