/**
 * How the store keeps the records of issue 14 (orders and notices, safeguarding records, register
 * entries, board meetings): each pure record from shared/ in the usual envelope, like the other
 * partnership records (partnership-schemas.ts), so loading, integrity checks and undo need nothing new.
 */
import { z } from 'zod';
import { ID_REGEX, isoInstantSchema } from '../../shared/model';
import { meetingSchema, packDisclosureSchema } from '../../shared/board';
import { orderSchema } from '../../shared/orders';
import { safeguardingRecordSchema } from '../../shared/referrals';
import { registerEntrySchema } from '../../shared/registers';

const idSchema = z.string().regex(ID_REGEX, 'Not a valid record id');
const envelope = {
  id: idSchema,
  workspaceId: idSchema,
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
};

export const orderRecordSchema = z.object({ ...envelope, order: orderSchema });
export const referralRecordSchema = z.object({ ...envelope, record: safeguardingRecordSchema });
export const registerRecordSchema = z.object({ ...envelope, entry: registerEntrySchema });
export const meetingRecordSchema = z.object({
  ...envelope,
  meeting: meetingSchema,
  exports: z.array(packDisclosureSchema).max(10_000).default([]),
});

export type OrderRecord = z.infer<typeof orderRecordSchema>;
export type ReferralRecord = z.infer<typeof referralRecordSchema>;
export type RegisterRecord = z.infer<typeof registerRecordSchema>;
export type MeetingRecord = z.infer<typeof meetingRecordSchema>;
