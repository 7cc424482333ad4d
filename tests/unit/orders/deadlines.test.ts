import { describe, expect, it } from 'vitest';
import {
  addPeriod,
  markStepDone,
  orderDeadlines,
  orderSchema,
  transitionOrder,
  type Order,
} from '../../../shared/orders';
import { findTactic, type Tactic } from '../../../shared/plans';

const pid = (p: string, n: number) => `${p}_${n.toString(16).padStart(20, '0')}`;
const power = (id: string) => findTactic(id) as Tactic;
const base = (powerId: string): Order & { id: string } => ({
  id: pid('ord', 1),
  ...orderSchema.parse({
    powerId,
    boundIds: [pid('ent', 1)],
    leadAgencyKind: 'police',
    leadAgency: 'Police',
  }),
});

describe('time limits', () => {
  it.each([
    [
      { date: '2026-10-21', time: '10:30' },
      { amount: 48, unit: 'hours' },
      { date: '2026-10-23', time: '10:30' },
    ],
    [{ date: '2026-10-30' }, { amount: 1, unit: 'working_days' }, { date: '2026-11-02' }],
    [{ date: '2026-10-30' }, { amount: 5, unit: 'working_days' }, { date: '2026-11-06' }],
    [{ date: '2026-08-31' }, { amount: 3, unit: 'months' }, { date: '2026-11-30' }],
    [{ date: '2024-02-29' }, { amount: 1, unit: 'years' }, { date: '2025-02-28' }],
    [{ date: '2026-10-22' }, { amount: 21, unit: 'days' }, { date: '2026-11-12' }],
  ] as const)('%j + %j = %j', (from, p, due) => {
    expect(addPeriod(from, p)).toEqual(due);
  });
});

describe('statutory deadlines and expiry reminders', () => {
  it('asks for the closure order hearing within 48 hours of the notice, to the minute', () => {
    const p = power('closure_notice');
    let o = base('closure_notice');
    for (const s of ['consult', 'inform'])
      o = { ...o, ...markStepDone(o, s, '2026-10-20', p, '2026-11-01') };
    o = {
      ...o,
      ...transitionOrder(
        o,
        'in_force',
        { on: '2026-10-21', time: '10:30', expiresOn: '2026-10-23' },
        p,
        '2026-11-01',
      ),
    };
    const [hearing] = orderDeadlines(o, p, '2026-10-22');
    expect(hearing).toMatchObject({
      label: expect.stringMatching(/closure order heard/),
      due: { date: '2026-10-23', time: '10:30' },
      overdue: false,
      daysLeft: 1,
    });
    expect(orderDeadlines(o, p, '2026-10-24')[0]?.overdue).toBe(true);
    const heard = { ...o, ...markStepDone(o, 'hearing', '2026-10-22', p, '2026-11-01') };
    expect(orderDeadlines(heard, p, '2026-10-22').filter((d) => d.kind === 'step')).toEqual([]);
  });

  it('stops the DDTRO compliance clock once the order is in force', () => {
    const p = power('ddtro');
    let o = base('ddtro');
    o = { ...o, ...transitionOrder(o, 'applied', { on: '2026-10-01' }, p, '2026-11-01') };
    o = {
      ...o,
      ...transitionOrder(
        o,
        'granted',
        { on: '2026-10-02', court: 'County Court' },
        p,
        '2026-11-01',
      ),
    };
    expect(orderDeadlines(o, p, '2026-10-05')[0]).toMatchObject({ due: { date: '2026-10-09' } });
    o = { ...o, ...transitionOrder(o, 'in_force', { on: '2026-10-06' }, p, '2026-11-01') };
    expect(orderDeadlines(o, p, '2026-10-07')).toEqual([]);
  });

  it('reminds of an expiry within 28 days, and says when it has passed', () => {
    const p = power('closure_order');
    let o = base('closure_order');
    o = { ...o, ...transitionOrder(o, 'applied', { on: '2026-08-01' }, p, '2026-11-01') };
    o = {
      ...o,
      ...transitionOrder(o, 'granted', { on: '2026-08-02', court: 'M' }, p, '2026-11-01'),
    };
    o = {
      ...o,
      ...transitionOrder(
        o,
        'in_force',
        { on: '2026-08-02', expiresOn: '2026-11-01' },
        p,
        '2026-11-01',
      ),
    };
    const expiry = (day: string) => orderDeadlines(o, p, day).find((d) => d.kind === 'expiry');
    expect(expiry('2026-09-01')).toBeUndefined();
    expect(expiry('2026-10-10')).toMatchObject({ daysLeft: 22, overdue: false });
    expect(expiry('2026-11-03')).toMatchObject({
      overdue: true,
      label: expect.stringMatching(/Past its expiry/),
    });
  });

  it('has no deadlines once an order has ended', () => {
    const p = power('gang_injunction');
    let o = { ...base('gang_injunction'), stepsNotApplicable: ['consult'] };
    o = { ...o, ...transitionOrder(o, 'applied', { on: '2026-08-01' }, p, '2026-11-01') };
    o = {
      ...o,
      ...transitionOrder(o, 'refused', { on: '2026-08-02', court: 'C' }, p, '2026-11-01'),
    };
    expect(orderDeadlines(o, p, '2026-11-01')).toEqual([]);
  });
});
