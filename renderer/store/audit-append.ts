import { nextAuditEvent, type AuditEntry } from '../../shared/audit';
import type { Sha256Hex } from '../../shared/crypto';
import { auditEventSchema, type AuditEvent } from '../../shared/model';
import type { VaultTx } from './db';
import { ValidationError } from './errors';

/**
 * Appends events inside the caller's transaction: takes the head (the manifest root's, or this
 * transaction's own last event), chains each event to it and adds it (add, never put, so an
 * existing sequence number is never overwritten). The manifest root takes the new head when the
 * transaction commits, so the log cannot be cut short or rolled back unseen. If any step fails
 * the whole transaction, with the edit it records, rolls back.
 */
export async function appendAudit(
  tx: VaultTx,
  entries: readonly AuditEntry[],
  context: { actor: string; at: string },
  sha256: Sha256Hex,
): Promise<AuditEvent[]> {
  let head = await tx.auditHead();
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
  return written;
}
