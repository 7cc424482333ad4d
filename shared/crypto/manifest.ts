/**
 * The vault's manifest: what every sealed row should be, so that a row deleted, added, swapped or
 * put back from an older copy shows, even though each of those rows still authenticates.
 *
 *   root (one sealed record: version, audit head, the tag of each segment of each scope)
 *    └─ segments (64 sealed records per scope: for each row, the tag of its sealed bytes)
 *        └─ rows
 *
 * A scope is one workspace (named by its blind key) or the vault itself (settings, the workspace
 * list, quarantine). Each write rewrites the segments it touched and the root, in the same
 * transaction; the root's version and audit head are also kept outside IndexedDB, so a whole
 * store put back to an earlier state shows too. Pure data and functions: no storage here.
 */

/** Segments per scope: a 100k-row workspace has about 1,600 rows per segment (80 kB sealed). */
export const MANIFEST_SEGMENTS = 64;

/** The scope of the vault's own rows; workspace scopes are blind keys, which never look like this. */
export const VAULT_SCOPE = 'vault';

/** Expected tags of one segment, by table then id; and, for tables with references, the ids they point at. */
export interface ManifestSegment {
  t: Record<string, Record<string, string>>;
  r: Record<string, Record<string, string[]>>;
}

export interface AuditHeadRef {
  seq: number;
  hash: string;
}

export interface ManifestRoot {
  id: 'root';
  /** Goes up by one with every write; compared with the copy kept outside IndexedDB. */
  version: number;
  /** When the vault was made (no longer in the clear header). */
  createdAt: string;
  /** The last audit event: a chain cut short or rolled back no longer ends here. */
  audit: AuditHeadRef;
  /** For each scope, the tag of each non-empty segment, by segment number. */
  scopes: Record<string, Record<string, string>>;
}

export function emptySegment(): ManifestSegment {
  return { t: {}, r: {} };
}

export function emptyRoot(createdAt: string): ManifestRoot {
  return { id: 'root', version: 0, createdAt, audit: { seq: 0, hash: '' }, scopes: {} };
}

/** FNV-1a over the id's characters: cheap, stable, and spreads random ids evenly. */
export function segmentOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % MANIFEST_SEGMENTS;
}

/** The key of a segment's row in the manifests table. */
export function segmentKey(scope: string, segment: number): string {
  return `${scope}:${segment}`;
}

/** The scope and number a segment key names, or undefined for anything else. */
export function parseSegmentKey(key: string): { scope: string; segment: number } | undefined {
  const at = key.lastIndexOf(':');
  const segment = Number(key.slice(at + 1));
  if (at <= 0 || !Number.isInteger(segment) || segment < 0 || segment >= MANIFEST_SEGMENTS)
    return undefined;
  return { scope: key.slice(0, at), segment };
}

export function isEmptySegment(segment: ManifestSegment): boolean {
  return Object.values(segment.t).every((ids) => Object.keys(ids).length === 0);
}

/** Records one row's tag (and references) in a segment, or drops it when the tag is null. */
export function setEntry(
  segment: ManifestSegment,
  table: string,
  id: string,
  tag: string | null,
  refs?: string[],
): void {
  const tags = (segment.t[table] ??= {});
  if (tag === null) {
    delete tags[id];
    if (segment.r[table]) delete segment.r[table][id];
    return;
  }
  tags[id] = tag;
  if (refs) (segment.r[table] ??= {})[id] = refs;
  else if (segment.r[table]) delete segment.r[table][id];
}

/** What a comparison of stored rows with their manifest found, row by row. */
export type RowProblem = 'missing' | 'unlisted' | 'stale';

export const ROW_PROBLEM_REASONS: Record<RowProblem, string> = {
  missing:
    'It is missing: the vault recorded it, but the row is no longer stored. It was deleted outside Linchpin, or an older copy of the vault was put back.',
  unlisted:
    'It was not written by Linchpin: the vault has no record of it. It was added or restored outside Linchpin.',
  stale:
    'It is not the copy Linchpin last wrote: an older (or another) sealed copy was put in its place.',
};

/**
 * Compares the stored rows of one table with the manifest's expectation. `stored` maps each
 * stored id to the tag of its sealed bytes.
 */
export function compareWithManifest(
  expected: ReadonlyMap<string, string>,
  stored: ReadonlyMap<string, string>,
): { id: string; problem: RowProblem }[] {
  const out: { id: string; problem: RowProblem }[] = [];
  for (const [id, tag] of stored) {
    const want = expected.get(id);
    if (want === undefined) out.push({ id, problem: 'unlisted' });
    else if (want !== tag) out.push({ id, problem: 'stale' });
  }
  for (const id of expected.keys()) if (!stored.has(id)) out.push({ id, problem: 'missing' });
  return out;
}

/** Every segment's entries for one table, merged: id → tag. */
export function expectedTags(
  segments: Iterable<ManifestSegment>,
  table: string,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const segment of segments) {
    const tags = segment.t[table];
    if (tags) for (const id in tags) out.set(id, tags[id] as string);
  }
  return out;
}
