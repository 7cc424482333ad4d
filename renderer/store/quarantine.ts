import { toBase64Url, type BlindIndex } from '../../shared/crypto';
import type { QuarantinedRecord } from './api';
import { appendAudit } from './audit-append';
import type { VaultDatabase } from './db';
import type { KeyRing, OpenFailure } from './key-ring';
import type { WriteContext } from './plan-runner';
import type { z } from 'zod';
import type { quarantinedRecordSchema } from './record-schemas';

type Stored = z.infer<typeof quarantinedRecordSchema>;

/** Audit targets stay readable; a flood of findings is summarised after this many. */
const LISTED_TARGETS = 200;

/**
 * Records what the middleware, the loader and the vault checks reported: a sealed copy of the
 * stored row (if there was one) with the reason and time, keyed by a blind key of table and id
 * so each finding is kept once, with the time it was first seen. An `integrity-alert` audit event
 * lists the new findings in the same transaction. The original rows are left exactly where they
 * were: nothing is repaired, dropped or hidden.
 */
export async function flushQuarantine(ctx: WriteContext, ring: KeyRing): Promise<number> {
  if (!ring.failures.length || !ring.blind) return 0;
  const blind = ring.blind;
  const failures = ring.failures.splice(0);
  const now = ctx.now();
  return ctx.db.write(async (tx) => {
    const fresh = new Map<string, Stored>();
    for (const f of failures) {
      const id = blind('quarantine', f.table, f.id);
      if (fresh.has(id) || (await tx.get('quarantined', id))) continue;
      fresh.set(id, stored(id, f, now));
    }
    if (!fresh.size) return 0;
    const found = [...fresh.values()];
    await tx.put('quarantined', found);
    const workspaces = new Set(found.map((f) => f.workspaceId));
    const workspaceId = workspaces.size === 1 ? [...workspaces][0] : undefined;
    await appendAudit(
      tx,
      [
        {
          action: 'integrity-alert',
          subject: 'vault',
          targets: found.slice(0, LISTED_TARGETS).map((f) => `${f.table} ${f.recordId}`),
          ...(workspaceId ? { workspaceId } : {}),
          detail: summary(found),
        },
      ],
      { actor: ctx.actor(), at: now },
      ctx.sha256,
    );
    return found.length;
  });
}

export async function listQuarantine(db: VaultDatabase): Promise<QuarantinedRecord[]> {
  const rows = await db.read((tx) => tx.all<Stored>('quarantined'));
  return rows
    .map(({ table, recordId, reason, detectedAt, workspaceId }) => ({
      table,
      id: recordId,
      reason,
      detectedAt,
      ...(workspaceId ? { workspaceId } : {}),
    }))
    .sort((a, b) => a.detectedAt.localeCompare(b.detectedAt) || a.id.localeCompare(b.id));
}

/** A finding as the quarantine table keeps it, keyed by a blind key of its table and id. */
export function quarantineRecord(blind: BlindIndex, f: OpenFailure, now: string): Stored {
  return stored(blind('quarantine', f.table, f.id), f, now);
}

function stored(id: string, f: OpenFailure, now: string): Stored {
  return {
    id,
    table: f.table,
    recordId: f.id,
    reason: f.reason,
    detectedAt: now,
    ...(f.workspaceId ? { workspaceId: f.workspaceId } : {}),
    ...(f.raw === undefined ? {} : { raw: rawText(f.raw) }),
  };
}

/** The stored row as text (byte arrays in base64url), so it can be sealed like any record. */
function rawText(raw: unknown): string {
  return JSON.stringify(raw, (_key, value: unknown) =>
    value instanceof Uint8Array ? { bytes: toBase64Url(value) } : value,
  );
}

function summary(found: Stored[]): string {
  const kinds = new Map<string, number>();
  for (const f of found) kinds.set(f.table, (kinds.get(f.table) ?? 0) + 1);
  const counts = [...kinds].map(([table, n]) => `${n} in ${table}`).join(', ');
  const first = found[0]!;
  return `${found.length} finding${found.length === 1 ? '' : 's'} set aside (${counts}). First: ${first.table} ${first.recordId}: ${first.reason}`;
}
