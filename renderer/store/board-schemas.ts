/**
 * How the store keeps the records of issue 14 (orders and notices, safeguarding records, register
 * entries, board meetings): each pure record from shared/ in the usual envelope, like the other
 * partnership records (partnership-schemas.ts), so loading, integrity checks and undo need nothing new.
 */
import { z } from 'zod';
import { meetingSchema, packDisclosureSchema } from '../../shared/board';
import {
  orderEnvelopeSchema,
  referralEnvelopeSchema,
  registerEnvelopeSchema,
} from '../../shared/references';
import { recordEnvelope as envelope } from '../../shared/model';

// The same rows as shared/references describes for the records that point at entities.
export const orderRecordSchema = orderEnvelopeSchema;
export const referralRecordSchema = referralEnvelopeSchema;
export const registerRecordSchema = registerEnvelopeSchema;
export const meetingRecordSchema = z.object({
  ...envelope,
  meeting: meetingSchema,
  exports: z.array(packDisclosureSchema).max(10_000).default([]),
});

export type OrderRecord = z.infer<typeof orderRecordSchema>;
export type ReferralRecord = z.infer<typeof referralRecordSchema>;
export type RegisterRecord = z.infer<typeof registerRecordSchema>;
export type MeetingRecord = z.infer<typeof meetingRecordSchema>;
