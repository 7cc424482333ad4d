import { z } from 'zod';
import { auditEventSchema, isoInstantSchema } from '../../shared/model';
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
const auditHeadSchema = z.object({
  seq: z.number().int().min(0),
  hash: z.string().regex(/^([0-9a-f]{64})?$/),
});
/** The manifest root (shared/crypto/manifest.ts). */
export const rootRecordSchema = z.object({
  id: z.literal('root'),
  version: z.number().int().min(0),
  createdAt: isoInstantSchema,
  audit: auditHeadSchema,
  scopes: z.record(z.string(), z.record(z.string().regex(/^\d{1,2}$/), z.string())),
});
const metaSchema = z.discriminatedUnion('id', [settingsRecordSchema, rootRecordSchema]);

/** One manifest segment: tags by table and id, and the sealed references of tables that have them. */
export const manifestSegmentSchema = z.object({
  t: z.record(z.string(), z.record(z.string(), z.string())),
  r: z.record(z.string(), z.record(z.string(), z.array(z.string()))),
});

/** A record set aside: what was found, when, and the stored row as it was (byte arrays in base64). */
export const quarantinedRecordSchema = z.object({
  id: z.string(),
  table: z.string().max(50),
  recordId: z.string().max(200),
  reason: z.string().max(2000),
  detectedAt: isoInstantSchema,
  /** The workspace being opened when it was found; none for the vault's own findings. */
  workspaceId: z.string().max(100).optional(),
  raw: z.string().optional(),
});

const SCHEMAS: Record<string, z.ZodType> = {
  meta: metaSchema,
  ...DATA_SCHEMAS,
  audit: auditEventSchema,
  quarantined: quarantinedRecordSchema,
  manifests: manifestSegmentSchema,
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
