import { findTactic, type Anchor, type Tactic } from '../plans';
import { addPeriod, daysFrom, isAfter, type Moment } from './periods';
import type { Order } from './schema';

export interface Deadline {
  orderId: string;
  kind: 'step' | 'expiry';
  label: string;
  basis: string;
  due: Moment;
  overdue: boolean;
  /** Whole days from today to the due date (negative when past). */
  daysLeft: number;
}

/** How far ahead an expiry is worth a reminder: time to seek an extension or a fresh order. */
export const EXPIRY_NOTICE_DAYS = 28;

function anchorMoment(order: Order, anchor: Anchor): Moment | undefined {
  switch (anchor) {
    case 'applied':
      return order.appliedOn
        ? { date: order.appliedOn, ...(order.appliedTime ? { time: order.appliedTime } : {}) }
        : undefined;
    case 'decided':
      return order.decidedOn ? { date: order.decidedOn } : undefined;
    case 'in_force':
      return order.inForceOn
        ? { date: order.inForceOn, ...(order.inForceTime ? { time: order.inForceTime } : {}) }
        : undefined;
    case 'expires':
      return order.expiresOn ? { date: order.expiresOn } : undefined;
  }
}

const ENDED = new Set(['refused', 'expired', 'discharged']);

/**
 * Open statutory deadlines and expiry reminders for one order, soonest first. A step's clock
 * starts at the event it counts from; it stops when the step is marked done, or when the event
 * that completes it happens, or when the order has ended.
 */
export function orderDeadlines(
  order: Order & { id: string },
  power: Tactic | undefined,
  today: string,
): Deadline[] {
  if (!power || ENDED.has(order.status)) return [];
  const now: Moment = { date: today, time: '00:00' };
  const out: Deadline[] = [];
  for (const step of power.steps ?? []) {
    if (!step.after || !step.within || order.stepsDone[step.id]) continue;
    if (order.stepsNotApplicable.includes(step.id)) continue;
    if (step.completedBy && anchorMoment(order, step.completedBy)) continue;
    const start = anchorMoment(order, step.after);
    if (!start) continue;
    const due = addPeriod(start, step.within);
    out.push({
      orderId: order.id,
      kind: 'step',
      label: step.label,
      basis: step.basis,
      due,
      overdue: isAfter(now, due) && due.date < today,
      daysLeft: daysFrom(today, due.date),
    });
  }
  if ((order.status === 'in_force' || order.status === 'breached') && order.expiresOn) {
    const left = daysFrom(today, order.expiresOn);
    if (left <= EXPIRY_NOTICE_DAYS)
      out.push({
        orderId: order.id,
        kind: 'expiry',
        label:
          left < 0
            ? 'Past its expiry date: record that it expired, or the extension'
            : 'Expires: decide on an extension or a fresh application',
        basis: power.duration?.basis ?? '',
        due: { date: order.expiresOn },
        overdue: left < 0,
        daysLeft: left,
      });
  }
  return out.sort(
    (a, b) =>
      a.due.date.localeCompare(b.due.date) ||
      (a.due.time ?? '24:00').localeCompare(b.due.time ?? '24:00'),
  );
}

/** Every open deadline across orders, soonest first. */
export function allDeadlines(
  orders: readonly (Order & { id: string })[],
  customTactics: readonly Tactic[],
  today: string,
): Deadline[] {
  return orders
    .flatMap((o) => orderDeadlines(o, findTactic(o.powerId, customTactics), today))
    .sort((a, b) => a.due.date.localeCompare(b.due.date));
}

export function momentWords(m: Moment): string {
  return m.time ? `${m.date} ${m.time}` : m.date;
}
