import { EMPTY_HEAD, nextAuditEvent, type AuditEntry, type AuditHead } from '../../shared/audit';
import type { Sha256Hex } from '../../shared/crypto';
import { auditEventSchema, type AuditEvent } from '../../shared/model';
import type { StoreTx } from './db';
import { ValidationError } from './errors';

export const AUDIT_HEAD_ID = 'audit-head';

export async function readAuditHead(tx: StoreTx): Promise<AuditHead> {
  const head = await tx.get<AuditHead>('meta', AUDIT_HEAD_ID);
  return head ? { seq: head.seq, hash: head.hash } : EMPTY_HEAD;
}

/**
 * Appends events inside the caller's transaction: reads the sealed head, chains each event to it,
 * adds it (add, never put, so an existing sequence number is never overwritten) and moves the
 * head. If any step fails the whole transaction, with the edit it records, rolls back.
 */
export async function appendAudit(
  tx: StoreTx,
  entries: readonly AuditEntry[],
  context: { actor: string; at: string },
  sha256: Sha256Hex,
): Promise<AuditEvent[]> {
  let head = await readAuditHead(tx);
  const written: AuditEvent[] = [];
  for (const entry of entries) {
    const event = nextAuditEvent(head, entry, context, sha256);
    const checked = auditEventSchema.safeParse(event);
    if (!checked.success)
      throw ValidationError.fromZod('The audit record for this edit', checked.error);
    await tx.add('audit', event);
    written.push(event);
    head = { seq: event.seq, hash: event.hash };
  }
  if (written.length) await tx.put('meta', [{ id: AUDIT_HEAD_ID, ...head }]);
  return written;
}
