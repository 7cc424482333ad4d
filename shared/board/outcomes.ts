import type { DisruptionPlan } from '../plans';
import type { Order } from '../orders';
import type { SafeguardingRecord } from '../referrals';

export interface Outcomes {
  arrests: number;
  charges: number;
  /** Orders granted and notices served in the period. */
  orders: number;
  /** Of those, closure notices and closure orders. */
  closures: number;
  /** MASH and NRM referrals made in the period for people linked to the group. */
  referrals: number;
}

const within = (d: string | undefined, from: string | undefined, to: string) =>
  d !== undefined && d <= to && (from === undefined || d > from);

/** Outcomes after `from` (exclusive; from the start when absent) up to `to` (inclusive). */
export function outcomesBetween(input: {
  plan: DisruptionPlan;
  orders: readonly Order[];
  referrals: readonly SafeguardingRecord[];
  peopleIds: ReadonlySet<string>;
  from: string | undefined;
  to: string;
}): Outcomes {
  const { from, to } = input;
  const done = input.plan.actions.filter((a) => a.status === 'done' && within(a.doneOn, from, to));
  const made = input.orders.filter((o) =>
    o.history.some(
      (h) =>
        (h.status === 'granted' || (h.status === 'in_force' && !o.decidedOn)) &&
        within(h.on, from, to),
    ),
  );
  const referrals = input.referrals.filter(
    (r) =>
      (r.kind === 'mash_referral' || r.kind === 'nrm_referral') &&
      input.peopleIds.has(r.personId) &&
      within(r.referredOn, from, to),
  );
  return {
    arrests: done.reduce((n, a) => n + (a.arrests ?? 0), 0),
    charges: done.reduce((n, a) => n + (a.charges ?? 0), 0),
    orders: made.length,
    closures: made.filter((o) => o.powerId.startsWith('closure_')).length,
    referrals: referrals.length,
  };
}
