import { z } from 'zod';
import { classificationSchema } from './classification';
import { isoInstantSchema } from './dates';
import { ID_REGEX } from './ids';

export const workspaceSchema = z.object({
  id: z.string().regex(ID_REGEX),
  name: z.string().trim().min(1, 'A workspace needs a name').max(200),
  description: z.string().max(4000).default(''),
  /** The highest marking of anything in the workspace; printed on its exports. */
  classification: classificationSchema.default('OFFICIAL-SENSITIVE'),
  /** Set for the bundled demo, so the UI can say it is fictional. */
  fictional: z.boolean().default(false),
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
});
export type Workspace = z.infer<typeof workspaceSchema>;
