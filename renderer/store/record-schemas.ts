import { z } from 'zod';
import { auditEventSchema } from '../../shared/model';
import { DATA_SCHEMAS } from './data-schemas';

/** Sealed meta records besides the clear header. */
export const settingsRecordSchema = z.object({
  id: z.literal('settings'),
  userName: z.string().trim().min(1, 'A user name is required').max(200),
  idleLockMinutes: z
    .number()
    .int()
    .min(1, 'Idle lock must be at least 1 minute')
    .max(240, 'Idle lock can be at most 240 minutes'),
  twoPerson: z.object({ disclosure: z.boolean(), disposal: z.boolean() }).optional(),
});
export const auditHeadRecordSchema = z.object({
  id: z.literal('audit-head'),
  seq: z.number().int().min(0),
  hash: z.string().regex(/^([0-9a-f]{64})?$/),
});
const metaSchema = z.discriminatedUnion('id', [settingsRecordSchema, auditHeadRecordSchema]);

const SCHEMAS: Record<string, z.ZodType> = {
  meta: metaSchema,
  ...DATA_SCHEMAS,
  audit: auditEventSchema,
};

export type Checked = { ok: true; value: unknown } | { ok: false; reason: string };

/** Every record read back from the vault is checked against the shared model before use. */
export function checkRecord(table: string, value: unknown): Checked {
  const schema = SCHEMAS[table];
  if (!schema) return { ok: false, reason: `No schema for table ${table}.` };
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    reason: `Does not match the ${table} schema: ${describeIssues(parsed.error)}`,
  };
}

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}
