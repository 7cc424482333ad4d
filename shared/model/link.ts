import { z } from 'zod';
import { classificationSchema } from './classification';
import { isoDateSchema, isoInstantSchema } from './dates';
import { gradeSchema } from './grading';
import { importedSchema } from './imported';
import { LINK_KIND_IDS } from './kinds';
import { recordIdSchema as idSchema } from './recordSchemas';

export const linkSchema = z
  .object({
    id: idSchema,
    workspaceId: idSchema,
    source: idSchema,
    target: idSchema,
    kind: z.enum(LINK_KIND_IDS),
    label: z.string().max(300).default(''),
    /** 1 (weak/occasional) to 5 (strong/constant). */
    strength: z.number().int().min(1).max(5).default(3),
    grade: gradeSchema.optional(),
    firstSeen: isoDateSchema.optional(),
    lastSeen: isoDateSchema.optional(),
    /** Aggregates for call links built from call data records. */
    callCount: z.number().int().min(0).optional(),
    callSeconds: z.number().int().min(0).optional(),
    provenance: z.array(idSchema).max(1000).default([]),
    /** Attributes from the file it was imported from, under their own names. */
    imported: importedSchema.optional(),
    classification: classificationSchema.default('OFFICIAL'),
    notes: z.string().max(10000).default(''),
    createdAt: isoInstantSchema,
    updatedAt: isoInstantSchema,
  })
  .refine((l) => l.source !== l.target, {
    message: 'A link needs two different ends',
    path: ['target'],
  })
  .refine((l) => !l.firstSeen || !l.lastSeen || l.firstSeen <= l.lastSeen, {
    message: 'First seen must not be after last seen',
    path: ['lastSeen'],
  });
export type Link = z.infer<typeof linkSchema>;
