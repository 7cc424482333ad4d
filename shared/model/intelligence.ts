import { z } from 'zod';
import { classificationSchema } from './classification';
import { isoDateSchema, isoInstantSchema } from './dates';
import { gradeSchema } from './grading';
import { recordIdSchema as idSchema } from './recordSchemas';

/** One intelligence report: the provenance that entities and links rest on. */
export const intelItemSchema = z.object({
  id: idSchema,
  workspaceId: idSchema,
  reference: z.string().min(1).max(100),
  date: isoDateSchema,
  grade: gradeSchema,
  summary: z.string().max(20000).default(''),
  /**
   * Who or what the intelligence came from, as the force's source register names it (a CHIS
   * number, an officer, a partner agency): never the source's identity in clear.
   */
  sourceReference: z.string().max(200).optional(),
  classification: classificationSchema.default('OFFICIAL'),
  reviewDate: isoDateSchema.optional(),
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
});
export type IntelItem = z.infer<typeof intelItemSchema>;
