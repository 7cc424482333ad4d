import { verifyChain } from '../../shared/audit';
import { type Sha256Hex } from '../../shared/crypto';
import type { AuditEvent, Link, Workspace } from '../../shared/model';
import {
  LEGACY_QUARANTINE,
  SEALED_TABLES,
  WORKSPACE_TABLES,
  type RawRow,
  type SealedTable,
  type VaultDatabase,
  type WorkspaceTable,
} from './db';
import type { KeyRing, OpenFailure } from './key-ring';
import { attachRaw, sliceRows } from './load/chunk';
import { packRows } from './load/packed-rows';
import type { LoaderPool } from './load/loader-pool';
import { openSealedValue } from './load/open-rows';
import { quarantineRecord } from './quarantine';
import { rewriteVault } from './rewrite-vault';
import { headerFor, type VaultHeader } from './vault-header';

/**
 * Moves a format-2 vault to format 3 at its first unlock, in one transaction (rewrite-vault.ts):
 * every row opened under format 2's rules, checked, and sealed again under format 3's (blind
 * workspace keys, no clear references, padded sizes, a manifest, a sealed quarantine), with the
 * same data key re-wrapped for the new format. What fails its checks is carried into the sealed
 * quarantine with its stored bytes, never dropped; the audit log is carried event for event.
 */
export async function migrateFromV2(args: {
  db: VaultDatabase;
  ring: KeyRing;
  pool: LoaderPool;
  header: VaultHeader;
  kek: Uint8Array;
  sha256: Sha256Hex;
  now: string;
}): Promise<void> {
  const { db, ring, pool, header, kek, now } = args;
  const key = ring.cryptoKey;
  if (!key || !ring.dek || !ring.blind) throw new Error('The vault is locked.');
  const failures: OpenFailure[] = [];
  const open = async <T>(table: SealedTable, rows: RawRow[]) => {
    const keyField = SEALED_TABLES[table].key;
    const pages = await Promise.all(
      sliceRows(rows).map(async (page) => {
        const packed = packRows(page, keyField, true);
        const opened = await pool.run({ table, packed, key, expect: { legacy: true } });
        failures.push(...attachRaw(opened.failures, page, keyField));
        return JSON.parse(opened.json) as T[];
      }),
    );
    return pages.flat();
  };

  const meta = await db.rawTable('meta');
  const settingsRow = meta.find((r) => r.id === 'settings');
  const settings = settingsRow ? (await open<object>('meta', [settingsRow]))[0] : undefined;
  const head = await openLegacyHead(
    key,
    meta.find((r) => r.id === 'audit-head'),
  );
  const workspaces = await open<Workspace>('workspaces', await db.rawTable('workspaces'));
  const records = new Map<WorkspaceTable, object[]>();
  for (const table of WORKSPACE_TABLES)
    records.set(table, await open<object>(table, await db.rawTable(table)));
  const audit = (await open<AuditEvent>('audit', await db.rawTable('audit'))).sort(
    (a, b) => a.seq - b.seq,
  );
  failures.push(...strayRecords(workspaces, records), ...(await chainProblems(audit, head)));
  const legacy = (await db.rawTable(LEGACY_QUARANTINE)).map(legacyFinding);

  const userName = (settings as { userName?: string } | undefined)?.userName ?? 'Unknown user';
  const quarantined = [...legacy, ...failures].map((f) => quarantineRecord(ring.blind!, f, now));
  const counts = WORKSPACE_TABLES.map((t) => `${records.get(t)!.length} ${t}`).join(', ');
  await rewriteVault(
    db,
    ring,
    pool,
    {
      header: headerFor(kek, ring.dek, header.kdf, header.salt),
      settings,
      workspaces,
      records,
      audit,
      quarantined,
      version: 0,
      createdAt: header.createdAt ?? now,
    },
    {
      action: 'update',
      subject: 'vault',
      targets: [],
      detail: `Vault moved from format 2 to format 3 (no clear workspace ids or references, padded sizes, a sealed manifest): ${workspaces.length} workspaces, ${counts}, ${audit.length} audit events carried; ${quarantined.length} set aside.`,
    },
    { actor: userName, at: now, sha256: args.sha256 },
  );
}

/** Format 2's audit head (a record format 3 no longer has): its seq and hash, or undefined. */
async function openLegacyHead(key: CryptoKey, row: RawRow | undefined) {
  if (!row) return undefined;
  const head = (await openSealedValue(key, 'meta', 'audit-head', row.env, true).catch(
    () => undefined,
  )) as { seq?: unknown; hash?: unknown } | undefined;
  return Number.isInteger(head?.seq) && typeof head?.hash === 'string'
    ? { seq: head.seq as number, hash: head.hash }
    : undefined;
}

/** Records whose workspace is gone, and links whose ends are: set aside, not carried as live. */
function strayRecords(
  workspaces: Workspace[],
  records: Map<WorkspaceTable, object[]>,
): OpenFailure[] {
  const out: OpenFailure[] = [];
  const known = new Set(workspaces.map((w) => w.id));
  for (const table of WORKSPACE_TABLES) {
    const rows = records.get(table) as { id: string; workspaceId: string }[];
    records.set(
      table,
      rows.filter((r) => {
        if (known.has(r.workspaceId)) return true;
        out.push({ table, id: r.id, reason: 'Its workspace is missing.', raw: undefined });
        return false;
      }),
    );
  }
  const entities = new Set((records.get('entities') as { id: string }[]).map((e) => e.id));
  records.set(
    'links',
    (records.get('links') as Link[]).filter((l) => {
      if (entities.has(l.source) && entities.has(l.target)) return true;
      out.push({
        table: 'links',
        id: l.id,
        reason: 'An end of this link is missing.',
        raw: undefined,
      });
      return false;
    }),
  );
  return out;
}

async function chainProblems(
  events: AuditEvent[],
  head: { seq: number; hash: string } | undefined,
): Promise<OpenFailure[]> {
  const check = await verifyChain(events, head);
  if (check.ok) return [];
  const seq = check.problem?.seq ?? 0;
  const reason = `Found while moving the vault to format 3: ${check.problem?.reason ?? 'the audit chain is broken.'}`;
  return [{ table: 'audit', id: String(seq), reason, raw: undefined }];
}

/** A format-2 quarantine row (clear) as a finding to carry into the sealed quarantine. */
function legacyFinding(row: RawRow): OpenFailure {
  return {
    table: String(row.table),
    id: String(row.id),
    reason: `${String(row.reason)} (first found ${String(row.detectedAt)})`,
    raw: row.raw,
  };
}
