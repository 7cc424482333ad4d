import { z } from 'zod';
import { fail, failOne, issue, ok, type FormatResult } from '../result';
import { kdfRangeIssues } from './kdfRange';

/**
 * A .linchpin bundle is MAGIC, a 4-byte big-endian header length, a UTF-8 JSON header, then the
 * AES-256-GCM ciphertext of a JSON records envelope. The magic, length and header are the
 * cipher's additional data, so changing any byte of the file, header included, fails to open.
 */
export const BUNDLE_MAGIC = new TextEncoder().encode('LINCHPIN-BUNDLE\n');
export const BUNDLE_VERSION = 1;
const MAX_HEADER = 4096;
/**
 * The largest bundle opened: its plaintext is parsed as one JSON document in the opening
 * worker. A 100k-record workspace seals to well under half of this.
 */
export const MAX_BUNDLE_BYTES = 256 * 1024 * 1024;

const b64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);
/** Whole numbers only; the range they must fall in is kdfRange.ts's, checked after. */
const whole = z
  .number()
  .int()
  .min(0)
  .max(2 ** 32);
const tally = z.number().int().min(0).max(100_000_000);

export const bundleHeaderSchema = z.object({
  version: z.number().int().min(1),
  kdf: z.object({
    algorithm: z.literal('argon2id'),
    memoryKiB: whole,
    iterations: whole,
    parallelism: whole,
    salt: b64,
  }),
  cipher: z.literal('aes-256-gcm'),
  iv: b64,
  /** What the bundle holds, shown before the passphrase is asked for; never names or numbers. */
  summary: z.object({
    entities: tally,
    links: tally,
    intel: tally,
  }),
  createdAt: z.string().max(40),
});
export type BundleHeader = z.infer<typeof bundleHeaderSchema>;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

// Written out because shared/ may not rely on btoa/atob or Buffer (see shared/globals.d.ts).
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = [18, 12, 6, 0].map((s) => ALPHABET[(n >> s) & 63]);
    const keep = Math.min(4, bytes.length - i + 1);
    out += chars.slice(0, keep).join('') + '='.repeat(4 - keep);
  }
  return out;
}

export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 6) / 8));
  let bits = 0;
  let acc = 0;
  let j = 0;
  for (const ch of clean) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) throw new Error('Not base64');
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

export function encodeHeader(header: BundleHeader): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(BUNDLE_MAGIC.length + 4 + json.length);
  out.set(BUNDLE_MAGIC, 0);
  new DataView(out.buffer).setUint32(BUNDLE_MAGIC.length, json.length);
  out.set(json, BUNDLE_MAGIC.length + 4);
  return out;
}

export interface SplitBundle {
  header: BundleHeader;
  /** Magic + length + header: authenticated, not encrypted. */
  prefix: Uint8Array;
  ciphertext: Uint8Array;
}

export function splitBundle(bytes: Uint8Array): FormatResult<SplitBundle> {
  if (bytes.length > MAX_BUNDLE_BYTES)
    return failOne(
      'file',
      `The bundle is ${Math.round(bytes.length / 1048576)} MB, over the ${MAX_BUNDLE_BYTES / 1048576} MB Linchpin opens. Seal a selection instead of the whole workspace.`,
    );
  if (bytes.length < BUNDLE_MAGIC.length + 4 || BUNDLE_MAGIC.some((b, i) => bytes[i] !== b)) {
    return failOne(
      'file',
      'This is not a Linchpin bundle (.linchpin), or its first bytes are damaged.',
    );
  }
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(
    BUNDLE_MAGIC.length,
  );
  const start = BUNDLE_MAGIC.length + 4;
  if (length > MAX_HEADER || start + length > bytes.length)
    return failOne('header', 'The bundle header is damaged or the file is cut short.');
  let raw: unknown;
  try {
    raw = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, start + length)),
    );
  } catch {
    return failOne('header', 'The bundle header is damaged.');
  }
  const header = bundleHeaderSchema.safeParse(raw);
  if (!header.success)
    return fail(
      header.error.issues.map((i) =>
        issue(
          'header',
          `The bundle header is damaged or unsupported (${i.path.join('.')}: ${i.message}).`,
        ),
      ),
    );
  if (header.data.version > BUNDLE_VERSION)
    return failOne(
      'header',
      `The bundle was made by a newer Linchpin (version ${header.data.version}); update Linchpin to open it.`,
    );
  const { kdf, iv } = header.data;
  const outOfRange = kdfRangeIssues({
    ...kdf,
    saltBytes: fromBase64(kdf.salt).length,
    ivBytes: fromBase64(iv).length,
  });
  if (outOfRange.length) return fail(outOfRange);
  return ok({
    header: header.data,
    prefix: bytes.subarray(0, start + length),
    ciphertext: bytes.subarray(start + length),
  });
}
