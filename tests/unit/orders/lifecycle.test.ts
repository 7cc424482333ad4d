import { describe, expect, it } from 'vitest';
import {
  extendOrder,
  markStepDone,
  markStepNotApplicable,
  nextStatuses,
  orderSchema,
  transitionOrder,
  TRANSITIONS,
  type Order,
  type TransitionInput,
} from '../../../shared/orders';
import { findTactic, ORDER_STATUS_IDS, type OrderStatus, type Tactic } from '../../../shared/plans';

const TODAY = '2026-11-01';
const pid = (p: string, n: number) => `${p}_${n.toString(16).padStart(20, '0')}`;
const power = (id: string) => findTactic(id) as Tactic;
const draft = (powerId: string, extra: Partial<Order> = {}): Order =>
  orderSchema.parse({
    powerId,
    boundIds: [pid('ent', 1)],
    leadAgencyKind: 'police',
    leadAgency: 'Kestrelford Police',
    ...extra,
  });

/** Drives an order through the given steps, each with a date a day after the last. */
function run(
  powerId: string,
  steps: [OrderStatus, Partial<TransitionInput>?][],
  start = '2026-06-01',
): Order {
  const p = power(powerId);
  let o = draft(powerId);
  for (const s of (p.steps ?? []).filter((x) => x.requiredBefore))
    o = markStepDone(o, s.id, '2026-05-31', p, TODAY);
  let day = Date.parse(`${start}T00:00:00Z`);
  for (const [to, extra] of steps) {
    const on = new Date(day).toISOString().slice(0, 10);
    o = transitionOrder(o, to, { on, court: 'Kestrelford Magistrates Court', ...extra }, p, TODAY);
    day += 86_400_000;
  }
  return o;
}

describe('order lifecycle: the transition table', () => {
  // Every pair of statuses, allowed or not: the table is the rule.
  const allowed: Record<OrderStatus, OrderStatus[]> = {
    draft: ['applied', 'in_force'],
    applied: ['granted', 'refused'],
    granted: ['in_force', 'discharged'],
    refused: ['applied'],
    in_force: ['breached', 'expired', 'discharged'],
    breached: ['breached', 'in_force', 'expired', 'discharged'],
    expired: [],
    discharged: [],
  };
  for (const from of ORDER_STATUS_IDS)
    for (const to of ORDER_STATUS_IDS)
      it(`${from} -> ${to} is ${allowed[from].includes(to) ? 'allowed' : 'refused'}`, () => {
        expect(TRANSITIONS[from].includes(to)).toBe(allowed[from].includes(to));
      });

  it('a court order is applied for first; a notice is served without a court', () => {
    expect(nextStatuses(draft('ddtro'), power('ddtro'))).toEqual(['applied']);
    expect(nextStatuses(draft('closure_notice'), power('closure_notice'))).toEqual(['in_force']);
    expect(() =>
      transitionOrder(draft('ddtro'), 'in_force', { on: '2026-06-01' }, power('ddtro'), TODAY),
    ).toThrow(/cannot become in force/);
  });

  it('follows a DDTRO from draft to granted and in force, with court and reference', () => {
    const o = run('ddtro', [['applied'], ['granted', { reference: 'DDT-1' }], ['in_force']]);
    expect(o.status).toBe('in_force');
    expect(o.history.map((h) => h.status)).toEqual(['applied', 'granted', 'in_force']);
    expect(o.reference).toBe('DDT-1');
    expect(o.decidedOn).toBe('2026-06-02');
  });

  it('refuses a decision without the court that made it', () => {
    const o = run('ddtro', [['applied']]);
    expect(() =>
      transitionOrder(o, 'granted', { on: '2026-06-05', court: ' ' }, power('ddtro'), TODAY),
    ).toThrow(/Name the court/);
  });

  it('refuses dates in the future or before the last step', () => {
    const o = run('ddtro', [['applied']]);
    expect(() =>
      transitionOrder(o, 'granted', { on: '2026-12-01', court: 'X' }, power('ddtro'), TODAY),
    ).toThrow(/in the future/);
    expect(() =>
      transitionOrder(o, 'granted', { on: '2026-05-01', court: 'X' }, power('ddtro'), TODAY),
    ).toThrow(/before the last step/);
  });

  it('will not serve a closure notice before consultation and informing occupiers', () => {
    const p = power('closure_notice');
    expect(() =>
      transitionOrder(
        draft('closure_notice'),
        'in_force',
        { on: '2026-06-01', expiresOn: '2026-06-02' },
        p,
        TODAY,
      ),
    ).toThrow(/Consult the bodies.*s\.76.*inform occupiers/);
  });

  it('lets a step that does not apply (a youth offending team for an adult) be set aside', () => {
    const p = power('knife_crime_prevention_order');
    const o = markStepNotApplicable(draft('knife_crime_prevention_order'), 'consult_yot', p);
    expect(transitionOrder(o, 'applied', { on: '2026-06-01' }, p, TODAY).status).toBe('applied');
  });

  it('holds orders to the duration the law allows', () => {
    const base = run('closure_order', [['applied'], ['granted']]);
    const p = power('closure_order');
    expect(() =>
      transitionOrder(base, 'in_force', { on: '2026-06-03', expiresOn: '2026-09-04' }, p, TODAY),
    ).toThrow(/at most 3 months/);
    expect(() => transitionOrder(base, 'in_force', { on: '2026-06-03' }, p, TODAY)).toThrow(
      /must have an expiry date/,
    );
    expect(
      transitionOrder(base, 'in_force', { on: '2026-06-03', expiresOn: '2026-09-03' }, p, TODAY)
        .status,
    ).toBe('in_force');
    const kcpo = run('knife_crime_prevention_order', [['applied'], ['granted']]);
    expect(() =>
      transitionOrder(
        kcpo,
        'in_force',
        { on: '2026-06-03', expiresOn: '2026-10-01' },
        power('knife_crime_prevention_order'),
        TODAY,
      ),
    ).toThrow(/at least 6 months/);
  });

  it('counts a 48-hour closure notice in hours from its time of service', () => {
    const p = power('closure_notice');
    let o = draft('closure_notice');
    for (const s of ['consult', 'inform']) o = markStepDone(o, s, '2026-06-01', p, TODAY);
    expect(() =>
      transitionOrder(
        o,
        'in_force',
        { on: '2026-06-01', time: '10:00', expiresOn: '2026-06-04' },
        p,
        TODAY,
      ),
    ).toThrow(/48 hours/);
    expect(
      transitionOrder(
        o,
        'in_force',
        { on: '2026-06-01', time: '10:00', expiresOn: '2026-06-03' },
        p,
        TODAY,
      ).inForceTime,
    ).toBe('10:00');
  });

  it('records a breach only with the intelligence that shows it', () => {
    const o = run('closure_order', [
      ['applied'],
      ['granted'],
      ['in_force', { expiresOn: '2026-08-01' }],
    ]);
    const p = power('closure_order');
    expect(() => transitionOrder(o, 'breached', { on: '2026-06-10' }, p, TODAY)).toThrow(
      /Link the intelligence/,
    );
    const b = transitionOrder(
      o,
      'breached',
      { on: '2026-06-10', intelIds: [pid('int', 9)] },
      p,
      TODAY,
    );
    expect(b.breaches).toEqual([{ on: '2026-06-10', intelIds: [pid('int', 9)], note: '' }]);
    expect(
      transitionOrder(b, 'breached', { on: '2026-06-11', intelIds: [pid('int', 8)] }, p, TODAY)
        .breaches,
    ).toHaveLength(2);
  });

  it('records expiry only once the expiry date has come', () => {
    const o = run('closure_order', [
      ['applied'],
      ['granted'],
      ['in_force', { expiresOn: '2026-08-01' }],
    ]);
    expect(() =>
      transitionOrder(o, 'expired', { on: '2026-07-01' }, power('closure_order'), TODAY),
    ).toThrow(/expires on 2026-08-01/);
    expect(
      transitionOrder(o, 'expired', { on: '2026-08-01' }, power('closure_order'), TODAY).endedOn,
    ).toBe('2026-08-01');
  });

  it('extends a closure order to six months in all, never beyond', () => {
    const o = run('closure_order', [
      ['applied'],
      ['granted'],
      ['in_force', { expiresOn: '2026-09-03' }],
    ]);
    const p = power('closure_order');
    const x = extendOrder(o, { on: '2026-08-20', to: '2026-12-03' }, p, TODAY);
    expect(x.extensions).toEqual([
      { on: '2026-08-20', from: '2026-09-03', to: '2026-12-03', note: '' },
    ]);
    expect(() => extendOrder(o, { on: '2026-08-20', to: '2026-12-04' }, p, TODAY)).toThrow(
      /at most 6 months in all/,
    );
    expect(() => extendOrder(o, { on: '2026-08-20', to: '2026-09-01' }, p, TODAY)).toThrow(
      /after 2026-09-03/,
    );
  });

  it('re-applies after a refusal', () => {
    const o = run('gang_injunction', [['applied'], ['refused'], ['applied']]);
    expect(o.status).toBe('applied');
    expect(o.decidedOn).toBeUndefined();
  });
});
