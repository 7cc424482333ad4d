import { z } from 'zod';
import { isoDateSchema } from '../model';
import { AGENCY_KIND_IDS, ORDER_STATUS_IDS } from '../plans';
import { recordIdSchema as idSchema } from '../model';

export const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Write the time as HH:MM');

export const breachSchema = z.object({
  on: isoDateSchema,
  /** The intelligence that shows the breach: a breach is a fact and needs its source. */
  intelIds: z.array(idSchema).min(1, 'Link the intelligence that shows the breach').max(100),
  note: z.string().max(2000).default(''),
});
export type Breach = z.infer<typeof breachSchema>;

export const extensionSchema = z.object({
  on: isoDateSchema,
  from: isoDateSchema,
  to: isoDateSchema,
  note: z.string().max(2000).default(''),
});

export const historyEntrySchema = z.object({
  status: z.enum(ORDER_STATUS_IDS),
  on: isoDateSchema,
  time: timeSchema.optional(),
  note: z.string().max(2000).default(''),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/**
 * An order or notice: which power, whom and what it binds (people, addresses, deal lines), where
 * it stands in its lifecycle, its dates, court, reference and conditions, breaches and
 * extensions. Change it only through `transitionOrder`, which checks every step.
 */
export const orderSchema = z.object({
  powerId: z.string().regex(/^[a-z][a-z0-9_]{1,59}$/, 'Choose a power from the catalogue'),
  planId: idSchema.optional(),
  boundIds: z.array(idSchema).min(1, 'Say whom or what the order binds').max(200),
  leadAgencyKind: z.enum(AGENCY_KIND_IDS),
  leadAgency: z.string().trim().min(1, 'Name the lead agency').max(200),
  status: z.enum(ORDER_STATUS_IDS).default('draft'),
  court: z.string().max(200).default(''),
  reference: z.string().max(100).default(''),
  conditions: z.array(z.string().trim().min(1).max(1000)).max(50).default([]),
  appliedOn: isoDateSchema.optional(),
  appliedTime: timeSchema.optional(),
  decidedOn: isoDateSchema.optional(),
  inForceOn: isoDateSchema.optional(),
  inForceTime: timeSchema.optional(),
  expiresOn: isoDateSchema.optional(),
  endedOn: isoDateSchema.optional(),
  breaches: z.array(breachSchema).max(500).default([]),
  extensions: z.array(extensionSchema).max(50).default([]),
  /** Statutory steps marked done, by step id. */
  stepsDone: z.record(z.string(), isoDateSchema).default({}),
  /** Steps that do not apply to this order (e.g. consulting the youth offending team about an adult). */
  stepsNotApplicable: z.array(z.string().max(40)).max(30).default([]),
  history: z.array(historyEntrySchema).max(500).default([]),
  notes: z.string().max(4000).default(''),
});
export type Order = z.infer<typeof orderSchema>;
