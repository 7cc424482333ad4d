import { describe, expect, it } from 'vitest';
import {
  AGENCY_KIND_IDS,
  COUNCIL_AGENCY_KINDS,
  defaultLead,
  findTactic,
  leadAgencyProblem,
  signOffPlan,
  planReviewState,
  TACTIC_CATALOGUE,
  tacticSchema,
  disruptionPlanSchema,
} from '../../../shared/plans';

const get = (id: string) => findTactic(id)!;

describe('powers catalogue', () => {
  it('holds every power the papers, the LGA guidance and the issue name', () => {
    for (const id of [
      'closure_notice',
      'closure_order',
      'criminal_behaviour_order',
      'serious_crime_prevention_order',
      'gang_injunction',
      'licensing_review',
      'trading_standards',
      'tenancy_enforcement',
      'ddtro',
      'community_protection_warning',
      'community_protection_notice',
      'part1_injunction',
      'knife_crime_prevention_order',
      'serious_violence_reduction_order',
      'dispersal_direction',
      'public_spaces_protection_order',
      'asset_recovery',
      'nrm_referral',
      'child_abduction_warning_notice',
    ])
      expect(findTactic(id), id).toBeDefined();
  });

  it('is valid data with unique ids, an owner among those who may lead, and a legal basis for every order', () => {
    const ids = TACTIC_CATALOGUE.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of TACTIC_CATALOGUE) {
      expect(tacticSchema.parse(t), t.id).toEqual(t);
      if (t.agencies?.length) expect(t.agencies[0], t.id).toBe(t.leadAgencyKind);
      if (t.instrument === 'court_order' || t.instrument === 'notice')
        expect(t.authority, t.id).toMatch(/\b(Act|SI|Regulations|Order)\b/);
      for (const s of t.steps ?? []) expect(s.basis, `${t.id}.${s.id}`).not.toBe('');
    }
  });

  it('states the statutory facts checked against the legislation', () => {
    const hearing = get('closure_notice').steps!.find((s) => s.id === 'hearing')!;
    expect([hearing.after, hearing.within, hearing.basis]).toEqual([
      'in_force',
      { amount: 48, unit: 'hours' },
      expect.stringMatching(/s\.80/),
    ]);
    expect(get('closure_order').duration).toMatchObject({
      max: { amount: 3, unit: 'months' },
      maxTotal: { amount: 6, unit: 'months' },
    });
    expect(get('ddtro').authority).toMatch(/Serious Crime Act 2015, s\.80A.*SI 2017\/1240/);
    expect(get('ddtro').steps![0]?.within).toEqual({ amount: 5, unit: 'working_days' });
    expect(get('knife_crime_prevention_order').duration).toMatchObject({
      min: { amount: 6, unit: 'months' },
      max: { amount: 2, unit: 'years' },
    });
    expect(get('public_spaces_protection_order').duration?.max).toEqual({
      amount: 3,
      unit: 'years',
    });
    expect(get('summary_licence_review').steps!.map((s) => s.within)).toEqual([
      { amount: 48, unit: 'hours' },
      { amount: 28, unit: 'days' },
    ]);
    expect(get('missing_return_interview').steps![0]?.within).toEqual({
      amount: 72,
      unit: 'hours',
    });
  });

  it('has every agency kind the issue names: council, housing, licensing, trading standards, police, health, education, fire, HMRC, DVLA', () => {
    for (const k of [
      'council_community_safety',
      'housing',
      'council_licensing',
      'trading_standards',
      'police',
      'health',
      'education',
      'fire',
      'hmrc',
      'dvla',
    ])
      expect(AGENCY_KIND_IDS).toContain(k);
  });
});

describe('lead agency per action', () => {
  it('defaults to the power owner', () => {
    expect(defaultLead(get('licensing_review')).kind).toBe('council_licensing');
    expect(defaultLead(get('tenancy_enforcement')).kind).toBe('housing');
    expect(defaultLead(get('trading_standards')).kind).toBe('trading_standards');
    expect(defaultLead(get('gang_injunction')).kind).toBe('council_community_safety');
  });

  it('never lets the police lead a council-only power', () => {
    const councilOnly = TACTIC_CATALOGUE.filter(
      (t) => t.agencies?.length && t.agencies.every((a) => COUNCIL_AGENCY_KINDS.includes(a)),
    );
    expect(councilOnly.length).toBeGreaterThan(2);
    for (const t of councilOnly)
      expect(leadAgencyProblem('police', t), t.id).toMatch(
        /council power: the police cannot lead it/,
      );
    expect(leadAgencyProblem('police', get('tenancy_enforcement'))).toMatch(/not by Police/);
    expect(leadAgencyProblem('police', get('closure_notice'))).toBeNull();
    expect(leadAgencyProblem('council_community_safety', get('closure_notice'))).toBeNull();
  });
});

describe('plan review and sign-off', () => {
  const plan = disruptionPlanSchema.parse({
    id: 'pln_00000000000000000001',
    workspaceId: 'ws_00000000000000000001',
    subjectIds: ['ent_00000000000000000001'],
    lro: 'DI Castell',
    reviewDate: '2026-11-03',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
  it('only the LRO signs off, not in the future, never before the last sign-off', () => {
    expect(() => signOffPlan(plan, { by: 'DS Other', on: '2026-10-01' }, '2026-11-01')).toThrow(
      /Lead Responsible Officer/,
    );
    expect(() => signOffPlan(plan, { by: 'DI Castell', on: '2026-12-01' }, '2026-11-01')).toThrow(
      /future/,
    );
    const signed = signOffPlan(plan, { by: 'di castell', on: '2026-10-01' }, '2026-11-01');
    expect(signed.signOffs).toHaveLength(1);
    expect(() => signOffPlan(signed, { by: 'DI Castell', on: '2026-09-01' }, '2026-11-01')).toThrow(
      /cannot be earlier/,
    );
    expect(planReviewState(plan, '2026-11-01').due).toBe(true);
    expect(planReviewState(signed, '2026-11-01').due).toBe(false);
    expect(planReviewState(signed, '2026-11-03').due).toBe(true);
  });
});
