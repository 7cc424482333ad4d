import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  canonicalJson,
  newDataKey,
  openRecord,
  paddedLength,
  recordAadV2,
  sealRecord,
  tagOf,
  toBase64Url,
  encrypt,
  utf8,
} from '../../../shared/crypto';

const record = {
  id: 'ent_00112233445566778899',
  label: 'Tyrone "T-Bone" Okafor',
  attrs: { surname: 'Okafor', postcode: 'M14 5RT', number: '+447700900123' },
};

describe('record sealing', () => {
  const key = newDataKey();

  it('round-trips a record', () => {
    const env = sealRecord(key, 'entities', record.id, record);
    // One array: 12-byte IV, ciphertext as long as the JSON text padded to its bucket, 16-byte tag.
    expect(env).toBeInstanceOf(Uint8Array);
    expect(env).toHaveLength(12 + paddedLength(JSON.stringify(record).length) + 16);
    expect(openRecord(key, 'entities', record.id, env)).toEqual(record);
  });

  it('uses a fresh IV on every write', () => {
    const a = sealRecord(key, 'entities', record.id, record);
    const b = sealRecord(key, 'entities', record.id, record);
    expect(Buffer.from(a.subarray(0, 12)).equals(Buffer.from(b.subarray(0, 12)))).toBe(false);
    expect(Buffer.from(a.subarray(12)).equals(Buffer.from(b.subarray(12)))).toBe(false);
  });

  it('does not carry the plaintext in the ciphertext', () => {
    const env = sealRecord(key, 'entities', record.id, record);
    expect(Buffer.from(env).includes(Buffer.from('Okafor'))).toBe(false);
  });

  it('detects a flip of every single byte of the IV and of the ciphertext with its tag', () => {
    const env = sealRecord(key, 'entities', record.id, record);
    let detected = 0;
    for (let i = 0; i < env.length; i++) {
      const bad = env.slice();
      bad[i] = (bad[i] as number) ^ 0x01;
      expect(() => openRecord(key, 'entities', record.id, bad)).toThrow(AuthenticationError);
      detected += 1;
    }
    expect(detected).toBe(env.length);
  });

  it('refuses a ciphertext moved to another id in the same table', () => {
    const env = sealRecord(key, 'entities', record.id, record);
    expect(() => openRecord(key, 'entities', 'ent_99999999999999999999', env)).toThrow(
      AuthenticationError,
    );
  });

  it('refuses a ciphertext moved to the same id in another table', () => {
    const env = sealRecord(key, 'entities', record.id, record);
    expect(() => openRecord(key, 'links', record.id, env)).toThrow(AuthenticationError);
  });

  it('refuses another key', () => {
    const env = sealRecord(key, 'entities', record.id, record);
    expect(() => openRecord(newDataKey(), 'entities', record.id, env)).toThrow(/integrity check/);
  });

  it('refuses a truncated ciphertext', () => {
    const env = sealRecord(key, 'entities', record.id, record);
    expect(() => openRecord(key, 'entities', record.id, env.slice(0, -1))).toThrow(
      AuthenticationError,
    );
  });
});

describe('sealed sizes', () => {
  const key = newDataKey();

  it('pads every plaintext to a bucket: 256 bytes at least, then four buckets per doubling', () => {
    expect(paddedLength(1)).toBe(256);
    expect(paddedLength(256)).toBe(256);
    expect(paddedLength(257)).toBe(320);
    expect(paddedLength(1000)).toBe(1024);
    expect(paddedLength(1025)).toBe(1280);
    for (let n = 1; n < 70_000; n += 37) {
      const p = paddedLength(n);
      expect(p).toBeGreaterThanOrEqual(n);
      // At most a quarter is padding (above the 256-byte floor).
      if (n > 256) expect(p).toBeLessThanOrEqual(n * 1.25);
    }
  });

  it('gives records of nearby lengths the same sealed size, and opens them unchanged', () => {
    const sizes = new Set<number>();
    for (let n = 300; n < 320; n++) {
      const r = { id: record.id, notes: 'x'.repeat(n) };
      const env = sealRecord(key, 'entities', r.id, r);
      sizes.add(env.length);
      expect(openRecord(key, 'entities', r.id, env)).toEqual(r);
    }
    expect(sizes.size).toBe(1);
  });

  it('binds the format: a record sealed with format 2 additional data does not open', () => {
    const old = encrypt(key, utf8(JSON.stringify(record)), recordAadV2('entities', record.id));
    expect(() => openRecord(key, 'entities', record.id, old)).toThrow(AuthenticationError);
  });

  it('names every write by its GCM tag: the last 16 bytes, in base64url', () => {
    const a = sealRecord(key, 'entities', record.id, record);
    const b = sealRecord(key, 'entities', record.id, record);
    expect(tagOf(a)).toBe(toBase64Url(a.subarray(a.length - 16)));
    expect(tagOf(a)).toHaveLength(22);
    expect(tagOf(a)).not.toBe(tagOf(b));
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('gives equal objects equal text whatever the key order', () => {
    expect(canonicalJson({ x: 1, y: 'two' })).toBe(canonicalJson({ y: 'two', x: 1 }));
  });

  it('refuses values JSON cannot hold faithfully', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/NaN/);
  });
});
