import { z } from 'zod';
import { isoInstantSchema } from './dates';

/** DPA 2018 Part 3 s.62: what law-enforcement processing must log. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'restore',
  'unlock',
  'lock',
  'unlock-failed',
  'passphrase-change',
  'import',
  'export',
  'view',
  'disclose',
  'combine',
  'erase',
  /** The vault found records missing, altered, older than written, or a vault put back. */
  'integrity-alert',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditEventSchema = z.object({
  seq: z.number().int().min(1),
  at: isoInstantSchema,
  actor: z.string().min(1).max(200),
  action: z.enum(AUDIT_ACTIONS),
  /** What kind of record, e.g. 'entity', 'workspace', 'vault'. */
  subject: z.string().max(50),
  targets: z.array(z.string().max(100)).max(100000),
  workspaceId: z.string().max(100).optional(),
  detail: z.string().max(20000).default(''),
  /** Hex SHA-256 of the previous event's canonical form ('' for the first). */
  prevHash: z.string().regex(/^([0-9a-f]{64})?$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
