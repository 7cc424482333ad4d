import { ORDER_STATUSES, periodWords, type OrderStatus, type Tactic } from '../plans';
import { addPeriod, isAfter, type Moment } from './periods';
import { breachSchema, orderSchema, type Order } from './schema';

/** Which status may follow which. Tested as a table; the screens offer only these. */
export const TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  draft: ['applied', 'in_force'],
  applied: ['granted', 'refused'],
  granted: ['in_force', 'discharged'],
  refused: ['applied'],
  in_force: ['breached', 'expired', 'discharged'],
  breached: ['breached', 'in_force', 'expired', 'discharged'],
  expired: [],
  discharged: [],
};

export interface TransitionInput {
  on: string;
  time?: string;
  note?: string;
  court?: string;
  reference?: string;
  conditions?: string[];
  expiresOn?: string;
  /** For a breach: the intelligence items that show it. */
  intelIds?: string[];
}

export class OrderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OrderError';
  }
}

/** The statuses this order may move to next under its power (a notice is never applied for). */
export function nextStatuses(order: Order, power: Tactic): OrderStatus[] {
  return TRANSITIONS[order.status].filter((to) => {
    if (order.status !== 'draft') return true;
    return power.instrument === 'notice' ? to === 'in_force' : to === 'applied';
  });
}

const fail = (message: string): never => {
  throw new OrderError(message);
};

function lastEventDate(order: Order): string | undefined {
  return order.history.at(-1)?.on;
}

function checkDuration(power: Tactic, start: Moment, expiresOn: string | undefined, what: string) {
  const d = power.duration;
  if (!d) return;
  if (d.max && !expiresOn)
    fail(`${what} must have an expiry date: it can last at most ${periodWords(d.max)}.`);
  if (!expiresOn) return;
  const end: Moment = { date: expiresOn, ...(start.time ? { time: start.time } : {}) };
  if (d.max && isAfter(end, addPeriod(start, d.max)))
    fail(`${what} can last at most ${periodWords(d.max)} (${d.basis}); ${expiresOn} is too late.`);
  if (d.min && isAfter(addPeriod(start, d.min), { date: expiresOn, time: '23:59' }))
    fail(
      `${what} must last at least ${periodWords(d.min)} (${d.basis}); ${expiresOn} is too early.`,
    );
}

/**
 * The order after moving to `to`, or an OrderError saying plainly why not: a step the law
 * requires first, a date out of order or in the future, a missing court, an expiry beyond what
 * the power allows, a breach with no intelligence behind it.
 */
export function transitionOrder(
  order: Order,
  to: OrderStatus,
  input: TransitionInput,
  power: Tactic,
  today: string,
): Order {
  const from = order.status;
  if (!nextStatuses(order, power).includes(to))
    fail(
      `An order that is ${ORDER_STATUSES[from].toLowerCase()} cannot become ${ORDER_STATUSES[to].toLowerCase()}.`,
    );
  if (!input.on) fail('Give the date.');
  if (input.on > today)
    fail(`The date ${input.on} is in the future; record steps once they happen.`);
  const previous = lastEventDate(order);
  if (previous && input.on < previous)
    fail(`The date ${input.on} is before the last step (${previous}).`);
  const missing = (power.steps ?? []).filter(
    (s) =>
      s.requiredBefore === to && !order.stepsDone[s.id] && !order.stepsNotApplicable.includes(s.id),
  );
  if (missing.length > 0)
    fail(
      `Before it can be ${ORDER_STATUSES[to].toLowerCase()}: ${missing.map((s) => `${s.label} (${s.basis})`).join('; ')}.`,
    );
  const next: Order = { ...order, status: to };
  const time = input.time ? { time: input.time } : {};
  switch (to) {
    case 'applied':
      next.appliedOn = input.on;
      next.appliedTime = input.time;
      next.decidedOn = undefined;
      break;
    case 'granted':
    case 'refused':
      if (power.instrument === 'court_order' && !(input.court ?? order.court).trim())
        fail('Name the court or committee that decided.');
      next.decidedOn = input.on;
      next.court = (input.court ?? order.court).trim();
      next.reference = (input.reference ?? order.reference).trim();
      if (input.conditions) next.conditions = input.conditions;
      if (input.expiresOn) next.expiresOn = input.expiresOn;
      break;
    case 'in_force':
      if (from === 'breached') break;
      next.inForceOn = input.on;
      next.inForceTime = input.time;
      if (input.expiresOn !== undefined) next.expiresOn = input.expiresOn || undefined;
      if (input.reference !== undefined) next.reference = input.reference.trim();
      if (input.conditions) next.conditions = input.conditions;
      checkDuration(power, { date: input.on, ...time }, next.expiresOn, power.label);
      break;
    case 'breached': {
      const breach = breachSchema.safeParse({
        on: input.on,
        intelIds: input.intelIds ?? [],
        note: input.note ?? '',
      });
      if (!breach.success) fail(breach.error.issues[0]?.message ?? 'Check the breach.');
      next.breaches = [...order.breaches, breach.data!];
      break;
    }
    case 'expired':
      if (order.expiresOn && input.on < order.expiresOn)
        fail(`It expires on ${order.expiresOn}; record the expiry on or after that day.`);
      next.endedOn = input.on;
      break;
    case 'discharged':
      next.endedOn = input.on;
      break;
    case 'draft':
      break;
  }
  next.history = [...order.history, { status: to, on: input.on, ...time, note: input.note ?? '' }];
  return orderSchema.parse(next);
}

/** An extension (renewal) of an order in force, within the power's total limit. */
export function extendOrder(
  order: Order,
  input: { on: string; to: string; note?: string },
  power: Tactic,
  today: string,
): Order {
  if (order.status !== 'in_force' && order.status !== 'breached')
    fail('Only an order in force can be extended.');
  if (!order.expiresOn || !order.inForceOn)
    fail('Record when the order took effect and expires first.');
  if (input.on > today) fail(`The date ${input.on} is in the future.`);
  if (input.to <= order.expiresOn!) fail(`The new expiry must be after ${order.expiresOn}.`);
  const total = power.duration?.maxTotal;
  if (total && isAfter({ date: input.to }, addPeriod({ date: order.inForceOn! }, total)))
    fail(
      `${power.label} can run at most ${periodWords(total)} in all (${power.duration?.basis ?? ''}); ${input.to} is too late.`,
    );
  return orderSchema.parse({
    ...order,
    expiresOn: input.to,
    extensions: [
      ...order.extensions,
      { on: input.on, from: order.expiresOn, to: input.to, note: input.note ?? '' },
    ],
  });
}

/** Marks a statutory step done on a date. */
export function markStepDone(
  order: Order,
  stepId: string,
  on: string,
  power: Tactic,
  today: string,
): Order {
  const step = (power.steps ?? []).find((s) => s.id === stepId);
  if (!step) fail(`${power.label} has no step called ${stepId}.`);
  if (on > today) fail(`The date ${on} is in the future.`);
  return { ...order, stepsDone: { ...order.stepsDone, [stepId]: on } };
}

/** Records that a statutory step does not apply to this order, so it neither blocks nor reminds. */
export function markStepNotApplicable(order: Order, stepId: string, power: Tactic): Order {
  if (!(power.steps ?? []).some((s) => s.id === stepId))
    fail(`${power.label} has no step called ${stepId}.`);
  return { ...order, stepsNotApplicable: [...new Set([...order.stepsNotApplicable, stepId])] };
}
