import { tagOf } from '../../shared/crypto';
import type { AuditEvent, Workspace } from '../../shared/model';
import { WORKSPACE_TABLES, type VaultDatabase, type WorkspaceTable } from './db';
import { workspaceKey, type KeyRing } from './key-ring';
import type { LoaderPool } from './load/loader-pool';
import { quarantineRecord } from './quarantine';
import type { VaultContents } from './rewrite-vault';
import { loadWorkspace } from './workspace-loader';
import type { VaultHeader } from './vault-header';

type Stored = { table: string; recordId: string };

/**
 * Everything in the vault, opened under the old key and checked as a workspace is at opening:
 * what passes goes into the rewrite under the new key; whatever fails (older copies, rows not in
 * the manifest, records of no workspace) goes into the sealed quarantine with its stored bytes,
 * keyed under the new key, so rotating never carries a tampered row forward as trusted and never
 * drops the evidence. Findings already in quarantine are carried too.
 */
export async function readForRotation(args: {
  db: VaultDatabase;
  ring: KeyRing;
  next: KeyRing;
  pool: LoaderPool;
  header: VaultHeader;
  now: string;
}): Promise<VaultContents> {
  const { db, ring, next, pool, header, now } = args;
  const { settings, workspaces, audit, quarantined, root } = await db.read(async (tx) => ({
    settings: await tx.get<object>('meta', 'settings'),
    workspaces: await tx.all<Workspace>('workspaces'),
    audit: (await tx.all<AuditEvent>('audit')).sort((a, b) => a.seq - b.seq),
    quarantined: await tx.all<Stored & Record<string, unknown>>('quarantined'),
    root: await tx.manifestRoot(),
  }));
  const rawRoot = await db.rawRoot();
  const rootTag = rawRoot?.env instanceof Uint8Array ? tagOf(rawRoot.env) : undefined;
  const records = new Map<WorkspaceTable, object[]>(WORKSPACE_TABLES.map((t) => [t, []]));
  for (const workspace of workspaces) {
    const memory = await loadWorkspace({ db, ring, pool }, workspace.id);
    const snapshot = memory.snapshot();
    for (const table of WORKSPACE_TABLES)
      records.get(table)!.push(...(snapshot[table] as ReadonlyMap<string, object>).values());
    memory.clear();
  }
  const known = workspaces.map((w) => workspaceKey(ring, w.id));
  for (const table of WORKSPACE_TABLES)
    for (const raw of await db.rawOutside(table, known))
      ring.failures.push({
        table,
        id: String(raw.id),
        reason: 'It belongs to no workspace in this vault: it was added outside Linchpin.',
        raw,
      });
  const findings = ring.failures.splice(0).map((f) => quarantineRecord(next.blind!, f, now));
  const carried = quarantined.map((q) => ({
    ...q,
    id: next.blind!('quarantine', q.table, q.recordId),
  }));
  const ids = new Set(carried.map((q) => q.id));
  return {
    header,
    settings,
    workspaces,
    records,
    audit,
    quarantined: [...carried, ...findings.filter((f) => !ids.has(f.id))],
    version: root.version,
    createdAt: root.createdAt,
    ...(rootTag ? { rootTag } : {}),
  };
}
