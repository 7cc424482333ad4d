import { z } from 'zod';
import { classificationSchema, isoDateSchema, isoInstantSchema } from '../model';
import { recordIdSchema as idSchema } from '../model';

/** One partnership board meeting: the board pack is produced for it and logged against it. */
export const meetingSchema = z.object({
  heldOn: isoDateSchema,
  title: z.string().trim().min(1, 'Give the meeting a title').max(200),
  chair: z.string().trim().max(200).default(''),
  /** The pack is never marked below this, whatever it holds. */
  minimumMarking: classificationSchema.default('OFFICIAL-SENSITIVE'),
});
export type Meeting = z.infer<typeof meetingSchema>;

/** One export of a board pack: who sent it, when, in what form and marking, and what it named. */
export const packDisclosureSchema = z.object({
  at: isoInstantSchema,
  by: z.string().trim().min(1).max(200),
  format: z.enum(['html', 'pdf']),
  marking: classificationSchema,
  /** The groups and plans the pack summarises (counts only for everything else). */
  entityIds: z.array(idSchema).max(10_000),
  planIds: z.array(idSchema).max(10_000),
});
export type PackDisclosure = z.infer<typeof packDisclosureSchema>;
