/**
 * The partnership records that point at entities on the map, in the envelope the store keeps
 * them in: orders and notices (the people, places and lines they bind), safeguarding records
 * (the person, the adult a CAWN is served on, where a missing child was found) and register
 * entries (the address or line). Defined here, pure, so merge records can carry copies of them.
 */
import { z } from 'zod';
import { orderSchema } from '../orders';
import { safeguardingRecordSchema } from '../referrals';
import { registerEntrySchema } from '../registers';
import { recordEnvelope as envelope } from '../model';

export const orderEnvelopeSchema = z.object({ ...envelope, order: orderSchema });
export const referralEnvelopeSchema = z.object({ ...envelope, record: safeguardingRecordSchema });
export const registerEnvelopeSchema = z.object({ ...envelope, entry: registerEntrySchema });

export type OrderEnvelope = z.infer<typeof orderEnvelopeSchema>;
export type ReferralEnvelope = z.infer<typeof referralEnvelopeSchema>;
export type RegisterEnvelope = z.infer<typeof registerEnvelopeSchema>;

/** The tables whose records point at entities, and the record each holds. */
export interface ReferringByTable {
  orders: OrderEnvelope;
  referrals: ReferralEnvelope;
  registers: RegisterEnvelope;
}
export type ReferringTable = keyof ReferringByTable;
export const REFERRING_TABLES = ['orders', 'referrals', 'registers'] as const;

/** One record of any of those tables, tagged with its table. */
export type Referrer = {
  [T in ReferringTable]: { table: T; record: ReferringByTable[T] };
}[ReferringTable];

/** Copies of such records (a merge keeps them, as they were, so un-merge can put them back). */
export const referringRecordsSchema = z.object({
  orders: z.array(orderEnvelopeSchema).max(10_000).default([]),
  referrals: z.array(referralEnvelopeSchema).max(10_000).default([]),
  registers: z.array(registerEnvelopeSchema).max(10_000).default([]),
});
export type ReferringRecords = z.infer<typeof referringRecordsSchema>;

export function asReferrers(records: ReferringRecords): Referrer[] {
  return [
    ...records.orders.map((record) => ({ table: 'orders' as const, record })),
    ...records.referrals.map((record) => ({ table: 'referrals' as const, record })),
    ...records.registers.map((record) => ({ table: 'registers' as const, record })),
  ];
}

export function recordsOf(referrers: readonly Referrer[]): ReferringRecords {
  const out: ReferringRecords = { orders: [], referrals: [], registers: [] };
  for (const r of referrers) {
    if (r.table === 'orders') out.orders.push(r.record);
    else if (r.table === 'referrals') out.referrals.push(r.record);
    else out.registers.push(r.record);
  }
  return out;
}
