import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  canonicalJson,
  newDataKey,
  openRecord,
  sealRecord,
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
    // One array: 12-byte IV, ciphertext as long as the JSON text, 16-byte tag.
    expect(env).toBeInstanceOf(Uint8Array);
    expect(env).toHaveLength(12 + JSON.stringify(record).length + 16);
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
