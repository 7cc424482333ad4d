import { z } from 'zod';
import { isoDateSchema } from '../model';
import { recordIdSchema as idSchema } from '../model';

const text = (max: number) => z.string().trim().max(max).default('');

export const TENURES = {
  social: 'Social housing',
  private_rented: 'Private rented',
  owner_occupied: 'Owner occupied',
  temporary: 'Temporary accommodation',
  unknown: 'Not known',
} as const;

export const visitSchema = z.object({
  on: isoDateSchema,
  by: z.string().trim().min(1, 'Say who visited').max(200),
  purpose: text(300),
  outcome: text(1000),
});

export const handsetChangeSchema = z.object({
  on: isoDateSchema,
  handset: text(100),
  sim: text(100),
  note: text(500),
});

/**
 * What a register knows that the map does not: a cuckooed address's tenancy, landlord and visits;
 * a deal line's handset and SIM changes and bulk-text dates. Keyed by the map entity (a location
 * or a phone), so the register itself is always built from the map.
 */
export const registerEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('cuckooed_address'),
    entityId: idSchema,
    tenure: z
      .enum(Object.keys(TENURES) as [keyof typeof TENURES, ...(keyof typeof TENURES)[]])
      .default('unknown'),
    landlord: text(200),
    tenancyReference: text(100),
    visits: z.array(visitSchema).max(500).default([]),
    notes: text(4000),
  }),
  z.object({
    kind: z.literal('deal_line'),
    entityId: idSchema,
    handsetChanges: z.array(handsetChangeSchema).max(500).default([]),
    bulkTexts: z
      .array(z.object({ on: isoDateSchema, note: text(500) }))
      .max(1000)
      .default([]),
    notes: text(4000),
  }),
]);
export type RegisterEntry = z.infer<typeof registerEntrySchema>;
export type RegisterKind = RegisterEntry['kind'];
