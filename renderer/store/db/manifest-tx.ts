import type { DBCore, DBCoreKeyRange, DBCoreTransaction } from 'dexie';
import {
  emptyRoot,
  emptySegment,
  isEmptySegment,
  isSealed,
  openRecord,
  parseSegmentKey,
  sealRecord,
  segmentKey,
  segmentOf,
  setEntry,
  tagOf,
  type AuditHeadRef,
  type ManifestRoot,
  type ManifestSegment,
} from '../../../shared/crypto';
import { requireKey, type KeyRing } from '../key-ring';
import { checkRecord } from '../record-schemas';
import { ROOT_ID } from './tables';

/** Every key (DBCoreRangeType.Any, a const enum Dexie does not export at run time). */
const ANY = { type: 3 } as DBCoreKeyRange;

type Change = { table: string; id: string; tag: string | null; refs?: string[] };
type Row = Record<string, unknown>;

const MANIFESTS = 'manifests';
/** Decoded segments kept between transactions; beyond this the oldest are dropped. */
const CACHE_LIMIT = 512;

/**
 * The manifest's side of ONE read-write transaction. The sealing middleware reports every row it
 * writes or deletes here (record); the write then ends with commit(), which rewrites the touched
 * segments and the root in the same transaction. Works below the middleware, on stored rows, so
 * reading a segment whose bytes did not change costs no decryption (ring.segments).
 *
 * A segment or root that is missing, does not authenticate, or is not the one the root names is
 * reported to the ring's failures (and so quarantined and shown), then used as found: the damage
 * was made outside Linchpin and is on record; refusing every later edit would not undo it.
 */
export class ManifestTx {
  private root: ManifestRoot | undefined;
  private readonly segments = new Map<string, ManifestSegment>();
  private readonly pending = new Map<string, Change[]>();
  private readonly dirty = new Set<string>();
  private auditHead: AuditHeadRef | undefined;
  private fresh: ManifestRoot | undefined;
  private rootUnusable = false;
  /** The root version this transaction wrote, once committed. */
  committed: ManifestRoot | undefined;

  constructor(
    private readonly core: DBCore,
    private readonly trans: DBCoreTransaction,
    private readonly ring: KeyRing,
  ) {}

  /** Start from nothing: every row of the vault is about to be written anew (migration, rotation). */
  rebuild(root: ManifestRoot): void {
    this.fresh = { ...root, scopes: {} };
  }

  get rebuilding(): boolean {
    return this.fresh !== undefined;
  }

  record(scope: string, table: string, id: string, tag: string | null, refs?: string[]): void {
    const key = segmentKey(scope, segmentOf(id));
    this.dirty.add(key);
    const loaded = this.segments.get(key);
    if (loaded) setEntry(loaded, table, id, tag, refs);
    else {
      const list = this.pending.get(key);
      const change = { table, id, tag, ...(refs ? { refs } : {}) };
      if (list) list.push(change);
      else this.pending.set(key, [change]);
    }
  }

  audited(head: AuditHeadRef): void {
    this.auditHead = head;
  }

  /**
   * The audit head as this transaction sees it: its own last event, or the root's. Where the
   * stored log runs past the root's head (events put there outside Linchpin, or a root put back
   * or unreadable, all reported at unlock) the chain goes on after the last stored event, so a
   * new event never collides with one already there.
   */
  async currentAuditHead(): Promise<AuditHeadRef> {
    if (this.auditHead) return this.auditHead;
    const root = await this.loadRoot();
    const last = await this.lastStoredSeq();
    if (last > root.audit.seq && !this.rootUnusable)
      this.ring.failures.push({
        table: 'audit',
        id: String(last),
        reason: `The audit log runs past the last event the vault recorded (${root.audit.seq}): events were added outside Linchpin. New events follow them.`,
        raw: undefined,
      });
    return this.rootUnusable || last > root.audit.seq ? this.storedEvent(last) : root.audit;
  }

  private async lastStoredSeq(): Promise<number> {
    const audit = this.core.table('audit');
    const keys = (
      await audit.query({
        trans: this.trans,
        values: false,
        limit: 1,
        direction: 'prev',
        query: { index: audit.schema.primaryKey, range: ANY },
      })
    ).result as number[];
    return keys[0] ?? 0;
  }

  private async storedEvent(seq: number): Promise<AuditHeadRef> {
    if (!seq) return { seq: 0, hash: '' };
    const audit = this.core.table('audit');
    const row = (await audit.get({ trans: this.trans, key: seq })) as Row | undefined;
    try {
      const event = openRecord(requireKey(this.ring), 'audit', String(seq), row?.env as Uint8Array);
      return { seq, hash: String((event as { hash?: unknown }).hash ?? '') };
    } catch {
      // The chain shows the break here; the quarantine says why.
      this.ring.failures.push({
        table: 'audit',
        id: String(seq),
        reason: UNREADABLE_EVENT,
        raw: row,
      });
      return { seq, hash: '' };
    }
  }

  async loadRoot(): Promise<ManifestRoot> {
    if (this.fresh) return this.fresh;
    if (this.root) return this.root;
    const row = (await this.core.table('meta').get({ trans: this.trans, key: ROOT_ID })) as
      Row | undefined;
    this.root = row ? this.openRoot(row) : this.reportRoot(undefined, NO_ROOT);
    return this.root;
  }

  /** Ids of rows of `table` in `scope` whose reference `index` (of the table's refs) is `value`. */
  async idsByRef(scope: string, table: string, index: number, value: string): Promise<string[]> {
    const root = await this.loadRoot();
    const numbers = new Set(Object.keys(root.scopes[scope] ?? {}).map(Number));
    for (const key of [...this.dirty, ...this.pending.keys()]) {
      const parsed = parseSegmentKey(key);
      if (parsed?.scope === scope) numbers.add(parsed.segment);
    }
    const out: string[] = [];
    for (const n of numbers) {
      const refs = (await this.segment(segmentKey(scope, n))).r[table];
      if (refs) for (const id in refs) if (refs[id]![index] === value) out.push(id);
    }
    return out;
  }

  /** Every workspace scope the root knows (for a lookup whose scope cannot be told). */
  async scopes(): Promise<string[]> {
    return Object.keys((await this.loadRoot()).scopes);
  }

  /** Writes the touched segments and the new root; the last step of every write transaction. */
  async commit(): Promise<void> {
    if (!this.dirty.size && !this.auditHead && !this.fresh) return;
    const root = structuredClone(await this.loadRoot());
    const dek = requireKey(this.ring);
    const puts: Row[] = [];
    const removes: string[] = [];
    for (const key of this.dirty) {
      const segment = await this.segment(key);
      const { scope, segment: n } = parseSegmentKey(key)!;
      const tags = (root.scopes[scope] ??= {});
      if (isEmptySegment(segment)) {
        delete tags[n];
        removes.push(key);
      } else {
        const env = sealRecord(dek, MANIFESTS, key, segment);
        const tag = tagOf(env);
        tags[n] = tag;
        puts.push({ id: key, env });
        this.remember(tag, segment);
      }
      if (!Object.keys(tags).length) delete root.scopes[scope];
    }
    root.version += 1;
    if (this.auditHead) root.audit = this.auditHead;
    const table = this.core.table(MANIFESTS);
    if (removes.length) await table.mutate({ trans: this.trans, type: 'delete', keys: removes });
    if (puts.length) await table.mutate({ trans: this.trans, type: 'put', values: puts });
    const env = sealRecord(dek, 'meta', ROOT_ID, root);
    await this.core
      .table('meta')
      .mutate({ trans: this.trans, type: 'put', values: [{ id: ROOT_ID, env }] });
    this.committed = root;
  }

  private async segment(key: string): Promise<ManifestSegment> {
    let segment = this.segments.get(key);
    if (!segment) {
      segment = this.fresh ? emptySegment() : await this.readSegment(key);
      for (const c of this.pending.get(key) ?? []) setEntry(segment, c.table, c.id, c.tag, c.refs);
      this.pending.delete(key);
      this.segments.set(key, segment);
    }
    return segment;
  }

  private async readSegment(key: string): Promise<ManifestSegment> {
    const { scope, segment: n } = parseSegmentKey(key)!;
    const expected = (await this.loadRoot()).scopes[scope]?.[n];
    const row = (await this.core.table(MANIFESTS).get({ trans: this.trans, key })) as
      Row | undefined;
    if (!row) return expected ? this.report(MANIFESTS, key, row, LOST) : emptySegment();
    if (!isSealed(row.env)) return this.report(MANIFESTS, key, row, UNSEALED);
    const tag = tagOf(row.env);
    const cached = this.ring.segments.get(tag);
    // Taken out of the cache: it is about to change, and its old tag must not find it again.
    if (cached && tag === expected) {
      this.ring.segments.delete(tag);
      return cached;
    }
    let segment: ManifestSegment;
    try {
      const checked = checkRecord(
        MANIFESTS,
        openRecord(requireKey(this.ring), MANIFESTS, key, row.env),
      );
      if (!checked.ok) return this.report(MANIFESTS, key, row, checked.reason);
      segment = checked.value as ManifestSegment;
    } catch {
      return this.report(MANIFESTS, key, row, UNSEALED);
    }
    if (tag !== expected) this.report(MANIFESTS, key, row, expected ? STALE : UNLISTED);
    return segment;
  }

  private openRoot(row: Row): ManifestRoot {
    try {
      if (!isSealed(row.env)) throw new Error();
      const checked = checkRecord(
        'meta',
        openRecord(requireKey(this.ring), 'meta', ROOT_ID, row.env),
      );
      if (checked.ok) return checked.value as ManifestRoot;
      return this.reportRoot(row, checked.reason);
    } catch {
      return this.reportRoot(row, UNSEALED);
    }
  }

  /** Reports a damaged segment and hands back an empty one to carry on with. */
  private report(
    table: typeof MANIFESTS,
    id: string,
    raw: unknown,
    reason: string,
  ): ManifestSegment {
    this.ring.failures.push({ table, id, reason, raw });
    return emptySegment();
  }

  /** Reports a missing or damaged root and hands back an empty one to carry on with. */
  private reportRoot(raw: unknown, reason: string): ManifestRoot {
    this.rootUnusable = true;
    this.ring.failures.push({ table: 'meta', id: ROOT_ID, reason, raw });
    return emptyRoot(new Date(0).toISOString());
  }

  private remember(tag: string, segment: ManifestSegment): void {
    const cache = this.ring.segments;
    cache.set(tag, segment);
    if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  }
}

const NO_ROOT =
  'The manifest root is missing: the vault cannot tell which records it should hold. Its rows were deleted outside Linchpin.';
const LOST =
  'A part of the manifest is missing: it was deleted outside Linchpin, so the records it listed cannot be checked.';
const UNSEALED =
  'A part of the manifest failed its integrity check: it was altered outside Linchpin.';
const STALE =
  'A part of the manifest is not the copy Linchpin last wrote: an older copy was put back.';
const UNLISTED = 'A part of the manifest was not written by Linchpin.';
const UNREADABLE_EVENT =
  'This audit event failed its integrity check: it was altered or put there outside Linchpin.';
