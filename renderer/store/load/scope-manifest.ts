import {
  parseSegmentKey,
  tagOf,
  type ManifestRoot,
  type ManifestSegment,
} from '../../../shared/crypto';
import type { RawRow } from '../db';
import type { OpenFailure } from '../key-ring';
import { checkRecord } from '../record-schemas';
import { openSealedValue } from './open-rows';

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
 */
export async function openScopeManifest(
  key: CryptoKey,
  root: ManifestRoot | undefined,
  scope: string,
  rows: readonly RawRow[],
): Promise<{ segments: ManifestSegment[]; failures: OpenFailure[] }> {
  const pinned = root?.scopes[scope] ?? {};
  const failures: OpenFailure[] = [];
  const seen = new Set<string>();
  const fail = (id: string, reason: string, raw?: RawRow) => {
    failures.push({ table: MANIFESTS, id, reason, raw });
    return undefined;
  };
  const opened = await Promise.all(
    rows.map(async (row) => {
      const id = String(row.id);
      const parsed = parseSegmentKey(id);
      if (!parsed || parsed.scope !== scope) return fail(id, 'Not a manifest segment.', row);
      const want = pinned[parsed.segment];
      seen.add(String(parsed.segment));
      if (!want) return fail(id, 'A part of the manifest was not written by Linchpin.', row);
      if (!(row.env instanceof Uint8Array) || tagOf(row.env) !== want) return fail(id, STALE, row);
      try {
        const checked = checkRecord(MANIFESTS, await openSealedValue(key, MANIFESTS, id, row.env));
        return checked.ok ? (checked.value as ManifestSegment) : fail(id, checked.reason, row);
      } catch {
        return fail(id, 'A part of the manifest failed its integrity check.', row);
      }
    }),
  );
  for (const n of Object.keys(pinned)) if (!seen.has(n)) fail(`${scope}:${n}`, LOST);
  return { segments: opened.filter((s): s is ManifestSegment => s !== undefined), failures };
}

const STALE =
  'A part of the manifest is not the copy Linchpin last wrote: an older copy was put back.';
const LOST =
  'A part of the manifest is missing: it was deleted outside Linchpin, so the records it listed cannot be checked.';
