import {
  parseSegmentKey,
  tagOf,
  type ManifestRoot,
  type ManifestSegment,
} from '../../../shared/crypto';
import type { RawRow } from '../db';
import type { OpenFailure } from '../key-ring';
import { checkRecord } from '../record-schemas';
import { attachRaw, sliceRows } from './chunk';
import type { LoaderPool } from './loader-pool';
import { openSealedValue } from './open-rows';
import { packRows } from './packed-rows';

const MANIFESTS = 'manifests';

/**
 * The manifest root as stored, opened with WebCrypto. A missing or damaged root is reported and
 * read as empty, so every row it should have listed shows as unlisted rather than trusted.
 */
export async function openRoot(
  key: CryptoKey,
  row: RawRow | undefined,
  failures: OpenFailure[],
): Promise<ManifestRoot | undefined> {
  const fail = (reason: string) => {
    failures.push({ table: 'meta', id: 'root', reason, raw: row });
    return undefined;
  };
  if (!row) return fail('The manifest root is missing: it was deleted outside Linchpin.');
  try {
    const checked = checkRecord('meta', await openSealedValue(key, 'meta', 'root', row.env));
    return checked.ok ? (checked.value as ManifestRoot) : fail(checked.reason);
  } catch {
    return fail('The manifest root failed its integrity check: it was altered outside Linchpin.');
  }
}

/**
 * Opens the segments of one scope that the root names, checking each is the copy the root
 * pinned. A segment that is missing, older, unlisted or damaged is reported; the rows it should
 * have listed then have no expected tag, so they are set aside as unverifiable, never trusted.
 * The pinned segments are opened and schema-checked in the loader workers (a 100k-row workspace
 * has some 5 MB of them); this thread compares tags and parses the checked JSON.
 */
export async function openScopeManifest(
  pool: LoaderPool,
  key: CryptoKey,
  root: ManifestRoot | undefined,
  scope: string,
  rows: readonly RawRow[],
): Promise<{ segments: ManifestSegment[]; failures: OpenFailure[] }> {
  const pinned = root?.scopes[scope] ?? {};
  const failures: OpenFailure[] = [];
  const seen = new Set<string>();
  const fail = (id: string, reason: string, raw?: RawRow) =>
    failures.push({ table: MANIFESTS, id, reason, raw });
  const good: RawRow[] = [];
  for (const row of rows) {
    const id = String(row.id);
    const parsed = parseSegmentKey(id);
    if (!parsed || parsed.scope !== scope) {
      fail(id, 'Not a manifest segment.', row);
      continue;
    }
    const want = pinned[parsed.segment];
    seen.add(String(parsed.segment));
    if (!want) fail(id, 'A part of the manifest was not written by Linchpin.', row);
    else if (!(row.env instanceof Uint8Array) || tagOf(row.env) !== want) fail(id, STALE, row);
    else good.push(row);
  }
  for (const n of Object.keys(pinned)) if (!seen.has(n)) fail(`${scope}:${n}`, LOST);
  const batches = await Promise.all(
    sliceRows(good, SEGMENTS_PER_JOB).map(async (batch) => {
      const opened = await pool.run({ table: MANIFESTS, packed: packRows(batch, 'id'), key });
      for (const f of attachRaw(opened.failures, batch, 'id'))
        fail(
          f.id,
          `A part of the manifest failed its integrity check: ${f.reason}`,
          f.raw as RawRow,
        );
      return JSON.parse(opened.json) as ManifestSegment[];
    }),
  );
  return { segments: batches.flat(), failures };
}

/** Segments per worker job: a few jobs keep both workers busy, and each parse here short. */
const SEGMENTS_PER_JOB = 8;

const STALE =
  'A part of the manifest is not the copy Linchpin last wrote: an older copy was put back.';
const LOST =
  'A part of the manifest is missing: it was deleted outside Linchpin, so the records it listed cannot be checked.';
