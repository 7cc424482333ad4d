import type { AuditEntry } from '../../shared/audit';
import { emptyRoot, type Sha256Hex } from '../../shared/crypto';
import type { AuditEvent, Workspace } from '../../shared/model';
import { appendAudit } from './audit-append';
import { WORKSPACE_TABLES, type VaultDatabase, type WorkspaceTable } from './db';
import type { KeyRing } from './key-ring';
import type { LoaderPool } from './load/loader-pool';
import { presealRecords } from './presealing';
import type { VaultHeader } from './vault-header';

/** Everything a vault holds, opened and checked: what a rewrite seals again. */
export interface VaultContents {
  header: VaultHeader;
  settings: object | undefined;
  workspaces: Workspace[];
  records: ReadonlyMap<WorkspaceTable, readonly object[]>;
  /** In sequence order, exactly as recorded (their hashes are carried, never recomputed). */
  audit: AuditEvent[];
  /** Quarantine records, already keyed under the ring the rewrite writes with. */
  quarantined: readonly object[];
  /** Where the new manifest starts: the old version (so the anchor still compares) and creation time. */
  version: number;
  /** The tag of the stored manifest root these contents were read under, if there was one. */
  rootTag?: string;
  createdAt: string;
}

/**
 * Writes a whole vault again in ONE transaction: every table emptied, every record sealed under
 * `ring` (in the workers first, for speed), a new manifest, the new header (which overwrites the
 * old wrapped key), and one audit event saying why. Used by the format-2 migration and by key
 * rotation. If anything fails, the transaction rolls back and the vault is as it was.
 */
export async function rewriteVault(
  db: VaultDatabase,
  ring: KeyRing,
  pool: LoaderPool,
  contents: VaultContents,
  closing: AuditEntry,
  context: { actor: string; at: string; sha256: Sha256Hex },
): Promise<void> {
  const byTable = new Map<string, readonly object[]>([
    ['workspaces', contents.workspaces],
    ['audit', contents.audit],
    ['quarantined', contents.quarantined],
    ...[...contents.records].filter(([, rows]) => rows.length > 0),
  ]);
  await presealRecords(byTable, ring, pool);
  const start = { ...emptyRoot(contents.createdAt), version: contents.version };
  await db.rewrite(
    start,
    async (tx) => {
      await tx.put('meta', [contents.header, ...(contents.settings ? [contents.settings] : [])]);
      await tx.put('workspaces', contents.workspaces);
      // Parents before the records that point at them, as everywhere else.
      for (const table of WORKSPACE_TABLES) await tx.put(table, contents.records.get(table) ?? []);
      await tx.put('audit', contents.audit);
      await tx.put('quarantined', contents.quarantined);
      await appendAudit(tx, [closing], context, context.sha256);
    },
    contents.rootTag,
  );
}
