import { z } from 'zod';

/**
 * The vocabulary of the powers catalogue: what a power produces (a court order, a notice an
 * agency serves itself, a referral, or simply an action), the lifecycle of an order or notice,
 * and the statutory steps with their time limits. shared/orders runs the lifecycle.
 */
export const INSTRUMENTS = {
  court_order: 'Order applied for (court or licensing committee)',
  notice: 'Notice served by an agency',
  referral: 'Referral',
  action: 'Action',
} as const;
export type Instrument = keyof typeof INSTRUMENTS;
export const INSTRUMENT_IDS = Object.keys(INSTRUMENTS) as [Instrument, ...Instrument[]];

export const ORDER_STATUSES = {
  draft: 'Draft',
  applied: 'Applied for',
  granted: 'Granted',
  refused: 'Refused',
  in_force: 'In force',
  breached: 'Breached',
  expired: 'Expired',
  discharged: 'Discharged',
} as const;
export type OrderStatus = keyof typeof ORDER_STATUSES;
export const ORDER_STATUS_IDS = Object.keys(ORDER_STATUSES) as [OrderStatus, ...OrderStatus[]];

/** Events on an order that a time limit can count from. */
export const ANCHORS = {
  applied: 'the application (or, for a closure notice, its service)',
  decided: "the court's decision",
  in_force: 'the order or notice taking effect',
  expires: 'the expiry date',
} as const;
export type Anchor = keyof typeof ANCHORS;
export const ANCHOR_IDS = Object.keys(ANCHORS) as [Anchor, ...Anchor[]];

export const PERIOD_UNITS = ['hours', 'days', 'working_days', 'months', 'years'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];
export const periodSchema = z.object({
  amount: z.number().int().min(1).max(1000),
  unit: z.enum(PERIOD_UNITS),
});
export type Period = z.infer<typeof periodSchema>;

/** Where a time limit comes from: the law itself, or guidance that bodies must follow or should. */
export const STEP_SOURCES = {
  statute: 'Act of Parliament',
  regulations: 'Regulations',
  statutory_guidance: 'Statutory guidance',
  guidance: 'Guidance or good practice',
} as const;
export const STEP_SOURCE_IDS = Object.keys(STEP_SOURCES) as [
  keyof typeof STEP_SOURCES,
  ...(keyof typeof STEP_SOURCES)[],
];

export const powerStepSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
  label: z.string().trim().min(1).max(300),
  basis: z.string().max(300).default(''),
  source: z.enum(STEP_SOURCE_IDS).default('statute'),
  /** The time limit: `within` counted from the `after` event. */
  after: z.enum(ANCHOR_IDS).optional(),
  within: periodSchema.optional(),
  /** A step the law requires before the order may move to this status (e.g. consultation). */
  requiredBefore: z.enum(ORDER_STATUS_IDS).optional(),
  /** An event on the same order that completes the step without anyone ticking it. */
  completedBy: z.enum(ANCHOR_IDS).optional(),
});
export type PowerStep = z.infer<typeof powerStepSchema>;

export const durationSchema = z.object({
  min: periodSchema.optional(),
  max: periodSchema.optional(),
  /** The most an order may run for with every extension added. */
  maxTotal: periodSchema.optional(),
  basis: z.string().max(300).default(''),
});
export type PowerDuration = z.infer<typeof durationSchema>;

export function periodWords(p: Period): string {
  const unit = p.unit === 'working_days' ? 'working day' : p.unit.replace(/s$/, '');
  return `${p.amount} ${unit}${p.amount === 1 ? '' : 's'}`;
}
