import type { QuarantinedRecord } from './api';
import type { QuarantineRow, RawRow, VaultDatabase } from './db';
import type { KeyRing } from './key-ring';

/**
 * Moves what the middleware and bulk loader reported into the quarantine table: a copy of the
 * stored row with the reason and time. The original row is left exactly where it was.
 */
export async function flushQuarantine(
  db: VaultDatabase,
  ring: KeyRing,
  now: string,
): Promise<void> {
  if (!ring.failures.length) return;
  const failures = ring.failures.splice(0);
  const rows: QuarantineRow[] = failures.map((f) => ({
    table: f.table,
    id: f.id,
    reason: f.reason,
    detectedAt: now,
    raw: f.raw as RawRow,
  }));
  await db.addToQuarantine(rows);
}

export async function listQuarantine(db: VaultDatabase): Promise<QuarantinedRecord[]> {
  return (await db.listQuarantine()).map(({ table, id, reason, detectedAt }) => ({
    table,
    id,
    reason,
    detectedAt,
  }));
}
