import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gcm } from '@noble/ciphers/aes.js';
import { describe, expect, it } from 'vitest';
import { hashEvent, verifyChain } from '../../../shared/audit';
import {
  canonicalJson,
  createBlindIndex,
  createTextMac,
  deriveKek,
  deriveSubkey,
  loadSha256,
  openRecord,
  paddedLength,
  recordAad,
  recordPlaintext,
  tagOf,
  toBase64Url,
  unwrapDataKey,
  type KdfParams,
} from '../../../shared/crypto';
import { encryptWithIv } from '../../../shared/crypto/envelope';
import { openBundle } from '../../../shared/formats/bundle/bundle';
import { encodeHeader, fromBase64, splitBundle } from '../../../shared/formats/bundle/bundleHeader';
import { writeJsonRecords } from '../../../shared/formats/json/jsonRecords';
import { graphDocument } from '../../../shared/formats/records';
import type { AuditEvent } from '../../../shared/model';

/**
 * Stored formats pinned (issue 9, item 7): answers produced once with the format-3 code and
 * committed (tests/fixtures/vault/README.md). Reading them must give the recorded values, and
 * writing the recorded values again with the recorded IV must give the recorded bytes, so a
 * change to the padding, the JSON, the additional data, the key wrapping, the blind index, the
 * audit hash or the bundle layout fails here, not in someone's vault.
 */
const K = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../fixtures/vault/known-answers.json', import.meta.url)),
    'utf8',
  ),
);
const bytes = (b64: string) => new Uint8Array(Buffer.from(b64, 'base64'));
const same = (a: Uint8Array, b: Uint8Array) =>
  expect(Buffer.from(a).toString('hex')).toBe(Buffer.from(b).toString('hex'));

describe('known answers of the stored formats', () => {
  it('a sealed record: opens to the record, and seals again to the same bytes', () => {
    const r = K.sealedRecord;
    const key = bytes(r.key);
    const sealed = bytes(r.sealed);
    expect(openRecord(key, r.table, r.id, sealed)).toEqual(r.record);
    same(
      encryptWithIv(key, bytes(r.iv), recordPlaintext(r.record), recordAad(r.table, r.id)),
      sealed,
    );
    expect(tagOf(sealed)).toBe(r.tag);
    // Bound to its table and id.
    expect(() => openRecord(key, 'links', r.id, sealed)).toThrow(/integrity check/);
  });

  it('a sealed manifest segment: the same, under the manifests table', () => {
    const s = K.sealedSegment;
    const key = bytes(s.key);
    expect(openRecord(key, 'manifests', s.id, bytes(s.sealed))).toEqual(s.segment);
    same(
      encryptWithIv(key, bytes(s.iv), recordPlaintext(s.segment), recordAad('manifests', s.id)),
      bytes(s.sealed),
    );
  });

  it('a vault header: the passphrase derives the same key, which unwraps the same data key', async () => {
    const h = K.header;
    const kek = await deriveKek(h.passphrase, bytes(h.salt), h.kdf as KdfParams);
    same(kek, bytes(h.kek));
    same(unwrapDataKey(kek, bytes(h.wrappedDek), h.format), bytes(h.dek));
    expect(() => unwrapDataKey(kek, bytes(h.wrappedDek), 2)).toThrow(/integrity check/);
    expect(await deriveKek(`${h.passphrase} `, bytes(h.salt), h.kdf as KdfParams)).not.toEqual(kek);
  });

  it('subkeys, blind keys and the anchor MAC come out the same from the same data key', async () => {
    const s = K.subkeys;
    const dek = bytes(s.dek);
    same(await deriveSubkey(dek, 'blindIndex'), bytes(s.blindIndex));
    same(await deriveSubkey(dek, 'anchor'), bytes(s.anchor));
    const blind = await createBlindIndex(bytes(s.blindIndex));
    expect(blind(...(s.workspaceKey.parts as string[]))).toBe(s.workspaceKey.value);
    expect(blind(...(s.workspaceRowKey.parts as string[]))).toBe(s.workspaceRowKey.value);
    expect((await createTextMac(bytes(s.anchor)))(s.anchorMac.text)).toBe(s.anchorMac.value);
  });

  it('sizes pad to the same buckets, and base64url reads the same', () => {
    for (const [length, padded] of K.padding as [number, number][])
      expect(paddedLength(length), String(length)).toBe(padded);
    expect(toBase64Url(bytes(K.base64url.bytes))).toBe(K.base64url.text);
  });

  it('a run of audit events: the same canonical form, the same hashes, the same chain', async () => {
    const events = K.audit.events as AuditEvent[];
    const sha256 = await loadSha256();
    const first: Partial<AuditEvent> = { ...events[0]! };
    delete first.hash;
    expect(canonicalJson(first)).toBe(K.audit.canonicalFirst);
    for (const e of events) expect(hashEvent(e, sha256)).toBe(e.hash);
    expect(await verifyChain(events, { seq: 4, hash: events[3]!.hash })).toEqual({
      ok: true,
      checked: 4,
    });
  });

  it('a bundle: opens to the same records, and its header and ciphertext are made the same way', async () => {
    const b = K.bundle;
    const file = bytes(b.bytes);
    const opened = await openBundle(file, b.passphrase, { workspaceId: 'ws_0f1e2d3c4b5a69788796' });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value.records.entities.map((e) => e.id)).toEqual(
      (b.records.entities as { id: string }[]).map((e) => e.id),
    );
    const split = splitBundle(file);
    if (!split.ok) throw new Error('The bundle fixture does not split.');
    const { header, prefix, ciphertext } = split.value;
    same(encodeHeader(header), prefix);
    const key = await deriveKek(b.passphrase, fromBase64(header.kdf.salt), {
      algorithm: 'argon2id',
      memoryKiB: header.kdf.memoryKiB,
      iterations: header.kdf.iterations,
      parallelism: header.kdf.parallelism,
    });
    const plaintext = new TextEncoder().encode(
      writeJsonRecords(graphDocument(b.records), header.createdAt),
    );
    same(gcm(key, fromBase64(header.iv), prefix).encrypt(plaintext), ciphertext);
  });
});
