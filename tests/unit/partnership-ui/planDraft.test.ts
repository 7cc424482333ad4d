import { describe, expect, it } from 'vitest';
import { TACTIC_CATALOGUE, type PlanAction } from '../../../shared/plans';
import {
  actionToInput,
  blankAction,
  planSubjects,
  pursueTargets,
  tacticsFor,
  toAction,
  upsertAction,
} from '../../../renderer/plans/planDraft';
import { tacticIdFrom } from '../../../renderer/plans/TacticForm';
import { demoWith, plan } from './fixture';

const A = 'ent_0000000000000000000a';
const B = 'ent_0000000000000000000b';
const C = 'ent_0000000000000000000c';

function action(patch: Partial<PlanAction>): PlanAction {
  return {
    id: 'act_00000000000000000001',
    pillar: 'pursue',
    tacticId: 'closure_notice',
    leadAgency: 'Police',
    targetIds: [],
    owner: 'PS Okafor',
    dueDate: '2026-12-01',
    status: 'planned',
    outcome: '',
    ...patch,
  };
}

describe('tactics by pillar', () => {
  it('lists only tactics that serve the pillar, built-in first, then custom, without repeats', () => {
    const custom = {
      id: 'user_dispersal',
      label: 'Dispersal order',
      pillars: ['prevent' as const],
      leadAgencyKind: 'police' as const,
      description: '',
      authority: '',
    };
    const prevent = tacticsFor('prevent', [custom, custom]);
    expect(prevent.every((t) => t.pillars.includes('prevent'))).toBe(true);
    expect(prevent.filter((t) => t.id === 'user_dispersal')).toHaveLength(1);
    expect(prevent.at(-1)!.id).toBe('user_dispersal');
    const builtIn = TACTIC_CATALOGUE.filter((t) => t.pillars.includes('prevent')).length;
    expect(prevent).toHaveLength(builtIn + 1);
  });

  it('starts a blank action on the first tactic with its usual lead agency', () => {
    const blank = blankAction('protect', []);
    expect(blank.tacticId).toBe(tacticsFor('protect', [])[0]!.id);
    expect(blank.leadAgency.length).toBeGreaterThan(0);
  });

  it('makes a short id from a tactic name', () => {
    expect(tacticIdFrom('Dispersal order (s.35)!')).toBe('user_dispersal_order_s_35');
    expect(tacticIdFrom('!!!')).toBe('user_tactic');
  });
});

describe('actions from the form', () => {
  it('says what is missing in a sentence', () => {
    const noDate = toAction({ ...blankAction('pursue', []), owner: 'X', dueDate: '' });
    expect(noDate).toEqual({ ok: false, message: 'Give the action a due date.' });
    const noOwner = toAction({ ...blankAction('pursue', []), dueDate: '2026-12-01' });
    expect(noOwner).toEqual({ ok: false, message: 'Name the person who owns this action' });
    const doneNoOutcome = toAction({
      ...blankAction('pursue', []),
      owner: 'X',
      dueDate: '2026-12-01',
      status: 'done',
    });
    expect(doneNoOutcome).toEqual({
      ok: false,
      message: 'An action marked done needs its outcome written down',
    });
  });

  it('keeps the id of an action being edited and replaces it in place', () => {
    const first = action({ id: 'act_00000000000000000001' });
    const second = action({ id: 'act_00000000000000000002' });
    const made = toAction(actionToInput({ ...first, owner: 'DS Byrne' }, []), first.id);
    if (!made.ok) throw new Error(made.message);
    expect(made.action.id).toBe(first.id);
    const list = upsertAction([first, second], made.action);
    expect(list.map((a) => a.owner)).toEqual(['DS Byrne', 'PS Okafor']);
    expect(upsertAction([first], second)).toHaveLength(2);
  });
});

describe('what-if targets', () => {
  it('takes Pursue targets still on the map, once each, ignoring dropped actions and other pillars', () => {
    const p = plan('ws_00000000000000000000', {
      actions: [
        action({ targetIds: [A, B] }),
        action({
          id: 'act_00000000000000000002',
          targetIds: [B, C],
          status: 'done',
          outcome: 'Charged',
        }),
        action({ id: 'act_00000000000000000003', targetIds: [C], status: 'dropped' }),
        action({
          id: 'act_00000000000000000004',
          pillar: 'protect',
          tacticId: 'safeguarding_referral',
          targetIds: [C],
        }),
      ],
    });
    expect(pursueTargets(p, new Set([A, B, C]))).toEqual([A, B, C]);
    expect(pursueTargets(p, new Set([A, C]))).toEqual([A, C]);
  });

  it('offers groups first as plan subjects', () => {
    const subjects = planSubjects(demoWith().entities.values());
    expect(subjects[0]!.kind).toBe('ocg');
    expect(subjects.some((s) => s.kind === 'phone')).toBe(false);
  });
});
