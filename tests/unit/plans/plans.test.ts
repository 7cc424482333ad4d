import { describe, expect, it } from 'vitest';
import {
  addCustomTactic,
  availableTactics,
  disruptionPlanSchema,
  findTactic,
  overdueActions,
  PILLAR_IDS,
  planProblems,
  progressByPillar,
  TACTIC_CATALOGUE,
  tacticSchema,
} from '../../../shared/plans';

const pid = (p: string, n: number) => `${p}_${n.toString(16).padStart(20, '0')}`;
const action = (
  n: number,
  pillar: string,
  status: string,
  dueDate: string,
  extra: Record<string, unknown> = {},
) => ({
  id: pid('act', n),
  pillar,
  tacticId: 'closure_notice',
  leadAgency: 'Police',
  targetIds: [pid('ent', 1)],
  owner: 'PS Khan',
  dueDate,
  status,
  outcome: status === 'done' ? 'Completed' : '',
  ...extra,
});
const plan = (actions: unknown[]) =>
  disruptionPlanSchema.parse({
    id: pid('pln', 1),
    workspaceId: pid('ws', 1),
    subjectIds: [pid('ent', 1)],
    lro: 'DI Carter',
    actions,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  });

describe('tactic catalogue', () => {
  it('holds the partner powers the brief names, each valid with at least one pillar', () => {
    for (const t of TACTIC_CATALOGUE) expect(() => tacticSchema.parse(t)).not.toThrow();
    const ids = TACTIC_CATALOGUE.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const want of [
      'closure_notice',
      'criminal_behaviour_order',
      'serious_crime_prevention_order',
      'gang_injunction',
      'licensing_review',
      'trading_standards',
      'tenancy_enforcement',
      'benefit_referral',
      'tax_referral',
      'safeguarding_referral',
      'nrm_referral',
      'missing_return_interview',
      'diversion_programme',
    ]) {
      expect(ids).toContain(want);
    }
    for (const pillar of PILLAR_IDS)
      expect(TACTIC_CATALOGUE.some((t) => t.pillars.includes(pillar))).toBe(true);
  });

  it('adds user tactics and refuses a duplicate id', () => {
    const custom = addCustomTactic([], {
      id: 'fire_safety_inspection',
      label: 'Fire safety inspection',
      pillars: ['pursue'],
      leadAgencyKind: 'other',
    });
    expect(findTactic('fire_safety_inspection', custom)?.label).toBe('Fire safety inspection');
    expect(availableTactics(custom)).toHaveLength(TACTIC_CATALOGUE.length + 1);
    expect(() =>
      addCustomTactic(custom, {
        id: 'closure_notice',
        label: 'Mine',
        pillars: ['pursue'],
        leadAgencyKind: 'police',
      }),
    ).toThrow(/already exists/);
    expect(() =>
      addCustomTactic([], { id: 'x_y', label: 'No pillar', pillars: [], leadAgencyKind: 'police' }),
    ).toThrow(/pillar/);
  });
});

describe('plan schema and checks', () => {
  it('needs an outcome for a done action and an LRO', () => {
    expect(() => plan([action(1, 'pursue', 'done', '2025-01-01', { outcome: ' ' })])).toThrow(
      /outcome/,
    );
    expect(() => disruptionPlanSchema.parse({ ...plan([]), lro: '' })).toThrow(
      /Lead Responsible Officer/,
    );
  });

  it('reports unknown tactics and targets no longer on the map', () => {
    const p = plan([
      action(1, 'pursue', 'planned', '2025-01-01', {
        tacticId: 'made_up',
        targetIds: [pid('ent', 2)],
      }),
    ]);
    expect(planProblems(p, new Set([pid('ent', 1)]))).toEqual([
      'Action 1 uses a tactic that is not in the catalogue: add it first.',
      'Action 1 targets 1 record(s) that are no longer on the map.',
    ]);
  });
});

describe('overdue actions and progress', () => {
  const p = plan([
    action(1, 'pursue', 'planned', '2025-03-01'),
    action(2, 'pursue', 'in_progress', '2025-02-01'),
    action(3, 'pursue', 'done', '2025-01-01'),
    action(4, 'pursue', 'dropped', '2025-01-01'),
    action(5, 'protect', 'planned', '2025-06-01'),
    action(6, 'prevent', 'planned', '2025-07-01'),
  ]);

  it('lists open actions past their due date, most overdue first; due today is not overdue', () => {
    expect(overdueActions(p, '2025-06-01').map((a) => a.id)).toEqual([
      pid('act', 2),
      pid('act', 1),
    ]);
  });

  it('summarises progress by pillar', () => {
    const rows = progressByPillar(p, '2025-06-01');
    expect(rows.map((r) => r.pillar)).toEqual(['pursue', 'prevent', 'protect', 'prepare']);
    expect(rows[0]).toEqual({
      pillar: 'pursue',
      total: 4,
      planned: 1,
      inProgress: 1,
      done: 1,
      dropped: 1,
      overdue: 2,
      percentDone: 33,
    });
    expect(rows[3]).toMatchObject({ total: 0, percentDone: null });
    expect(rows[2]).toMatchObject({ total: 1, overdue: 0, percentDone: 0 });
  });
});
