import { describe, expect, it } from 'vitest';
import { DEFAULT_MATRIX } from '../../../shared/prioritisation';
import {
  decisionsOf,
  matrixOf,
  plansOf,
  scoresOf,
  tacticsOf,
} from '../../../renderer/plans/partnershipRecords';
import { demoWith, plan, STAMP } from './fixture';

const WS = 'ws_00000000000000000000';
const envelope = (id: string) => ({ id, workspaceId: WS, createdAt: STAMP, updatedAt: STAMP });

describe('partnership records on the loaded workspace', () => {
  it('hands plans to the screens keyed by their stored id', () => {
    const p = plan(WS, { subjectIds: ['ent_15e02d9545b194661746'] });
    const plans = plansOf(demoWith({ plans: new Map([[p.id, p]]) }));
    expect(plans.map((x) => [x.storedId, x.lro])).toEqual([[p.id, 'DI Hale']]);
  });

  it('falls back to the default matrix, and reads a saved one', () => {
    expect(matrixOf(demoWith())).toBe(DEFAULT_MATRIX);
    const own = { ...DEFAULT_MATRIX, id: 'force-v2', name: 'Force matrix' };
    const saved = { ...envelope('mtx_00000000000000000001'), matrix: own };
    expect(matrixOf(demoWith({ matrices: new Map([[saved.id, saved]]) })).id).toBe('force-v2');
  });

  it('unwraps scores, tactics and review decisions from their envelopes', () => {
    const score = {
      groupId: 'ent_15e02d9545b194661746',
      matrixId: DEFAULT_MATRIX.id,
      scores: { harm: 4 },
      scoredBy: 'A',
      scoredAt: STAMP,
      rationale: '',
    };
    const decision = {
      recordId: 'ent_15e02d9545b194661746',
      recordType: 'entity' as const,
      decision: 'dispose' as const,
      reason: 'No longer needed',
      decidedBy: 'A',
      decidedAt: STAMP,
    };
    const tactic = {
      id: 'street_pastors',
      label: 'Street pastors',
      pillars: ['prevent' as const],
      leadAgencyKind: 'voluntary' as const,
      description: '',
      authority: '',
    };
    const loaded = demoWith({
      scores: new Map([['scr_1', { ...envelope('scr_00000000000000000001'), score }]]),
      reviews: new Map([['rvw_1', { ...envelope('rvw_00000000000000000001'), decision }]]),
      tactics: new Map([['tac_1', { ...envelope('tac_00000000000000000001'), tactic }]]),
    });
    expect(scoresOf(loaded)).toEqual([{ ...score, storedId: 'scr_00000000000000000001' }]);
    expect(decisionsOf(loaded)).toEqual([{ ...decision, storedId: 'rvw_00000000000000000001' }]);
    expect(tacticsOf(loaded).map((t) => [t.id, t.storedId])).toEqual([
      ['street_pastors', 'tac_00000000000000000001'],
    ]);
  });
});
