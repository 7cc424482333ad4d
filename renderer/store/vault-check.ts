import {
  ROW_PROBLEM_REASONS,
  VAULT_SCOPE,
  compareWithManifest,
  expectedTags,
  tagOf,
  type ManifestRoot,
} from '../../shared/crypto';
import type { AuditEvent } from '../../shared/model';
import { compareAnchor, readAnchor } from './anchor';
import { HEADER_ID, ROOT_ID, type VaultDatabase } from './db';
import type { KeyRing, OpenFailure } from './key-ring';
import { openRoot, openScopeManifest } from './load/scope-manifest';
import type { LoaderPool } from './load/loader-pool';
import type { SideStore } from './side-store';

/** Missing audit events are listed one by one up to this many, then summarised. */
const LISTED_GAPS = 50;

/**
 * The checks made at every unlock, before anything is written: the manifest root against the
 * anchor kept outside IndexedDB (a whole store put back), the audit log against the root's head
 * (events cut off, deleted or added), and the vault's own rows (settings, the workspace list,
 * quarantine) against their manifest. Workspaces are checked when they are opened.
 */
export async function checkVault(
  db: VaultDatabase,
  ring: KeyRing,
  side: SideStore,
  pool: LoaderPool,
): Promise<{ failures: OpenFailure[]; root: ManifestRoot | undefined }> {
  const key = ring.cryptoKey;
  if (!key || !ring.anchorMac) throw new Error('The vault is locked. Unlock it to continue.');
  const failures: OpenFailure[] = [];
  const root = await openRoot(key, await db.rawRoot(), failures);
  if (!root) return { failures, root };
  failures.push(...compareAnchor(await readAnchor(side, ring.anchorMac), root));
  failures.push(...(await checkAuditTail(db, root)));
  const manifest = await openScopeManifest(
    pool,
    key,
    root,
    VAULT_SCOPE,
    await db.rawSegments(VAULT_SCOPE),
  );
  failures.push(...manifest.failures);
  for (const table of ['meta', 'workspaces', 'quarantined']) {
    const rows = (await db.rawTable(table)).filter(
      (r) => table !== 'meta' || (r.id !== HEADER_ID && r.id !== ROOT_ID),
    );
    const byId = new Map(rows.map((r) => [String(r.id), r]));
    const stored = new Map(
      rows.map((r) => [String(r.id), r.env instanceof Uint8Array ? tagOf(r.env) : '']),
    );
    for (const { id, problem } of compareWithManifest(
      expectedTags(manifest.segments, table),
      stored,
    ))
      failures.push({ table, id, reason: ROW_PROBLEM_REASONS[problem], raw: byId.get(id) });
  }
  return { failures, root };
}

/** The audit log must run 1..head with no gap and nothing after, and end with the head's event. */
async function checkAuditTail(db: VaultDatabase, root: ManifestRoot): Promise<OpenFailure[]> {
  const head = root.audit;
  const keys = (await db.rawKeys('audit')).map(Number);
  const seqs = new Set(keys);
  const out: OpenFailure[] = [];
  const missing: number[] = [];
  for (let seq = 1; seq <= head.seq; seq++) if (!seqs.has(seq)) missing.push(seq);
  for (const seq of missing.slice(0, LISTED_GAPS))
    out.push({ table: 'audit', id: String(seq), reason: AUDIT_MISSING, raw: undefined });
  if (missing.length > LISTED_GAPS)
    out.push({
      table: 'audit',
      id: `${missing.length - LISTED_GAPS} more`,
      reason: `${missing.length} audit events are missing in all.`,
      raw: undefined,
    });
  for (const seq of keys)
    if (seq > head.seq)
      out.push({
        table: 'audit',
        id: String(seq),
        reason: ROW_PROBLEM_REASONS.unlisted,
        raw: undefined,
      });
  if (head.seq > 0 && seqs.has(head.seq)) {
    const last = await db.read((tx) => tx.get<AuditEvent>('audit', head.seq));
    if (last && last.hash !== head.hash)
      out.push({ table: 'audit', id: String(head.seq), reason: AUDIT_REPLACED, raw: undefined });
  }
  return out;
}

const AUDIT_MISSING =
  'This audit event is missing: the log was cut short or an event was deleted outside Linchpin.';
const AUDIT_REPLACED =
  'The last audit event is not the one the vault recorded: the log was replaced outside Linchpin.';
