import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  deriveKek,
  loadSha256,
  newDataKey,
  randomBytes,
  sha256Hex,
  unwrapDataKey,
  wrapDataKey,
  type KdfParams,
} from '../../../shared/crypto';

const FAST: KdfParams = { algorithm: 'argon2id', memoryKiB: 1024, iterations: 1, parallelism: 1 };

describe('key derivation and wrapping', () => {
  it('derives the same 32-byte key from the same passphrase and salt, another from another', async () => {
    const salt = randomBytes(16);
    const a = await deriveKek('correct horse battery staple', salt, FAST);
    const b = await deriveKek('correct horse battery staple', salt, FAST);
    const c = await deriveKek('correct horse battery stapler', salt, FAST);
    expect(a).toHaveLength(32);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
  });

  it('uses the memory setting it is given, so the header parameters really count', async () => {
    const salt = new Uint8Array(16).fill(7);
    const a = await deriveKek('pass', salt, FAST);
    const b = await deriveKek('pass', salt, { ...FAST, memoryKiB: 2048 });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it('unwraps the data key with the right key-encryption key only', async () => {
    const salt = randomBytes(16);
    const kek = await deriveKek('right', salt, FAST);
    const wrong = await deriveKek('wrong', salt, FAST);
    const dek = newDataKey();
    const wrapped = wrapDataKey(kek, dek, 1);
    expect(Buffer.from(unwrapDataKey(kek, wrapped, 1)).equals(Buffer.from(dek))).toBe(true);
    expect(() => unwrapDataKey(wrong, wrapped, 1)).toThrow(AuthenticationError);
    expect(() => unwrapDataKey(kek, wrapped, 2)).toThrow(AuthenticationError);
  });

  it('refuses unusable parameters from a header', async () => {
    await expect(deriveKek('x', randomBytes(16), { ...FAST, iterations: 0 })).rejects.toThrow(
      /key-derivation settings/,
    );
    await expect(deriveKek('x', randomBytes(8), FAST)).rejects.toThrow(/salt/);
  });
});

describe('SHA-256', () => {
  it('gives the standard digest of "abc", synchronously once loaded', async () => {
    const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    const sha = await loadSha256();
    expect(sha('abc')).toBe(abc);
    expect(sha('abc')).toBe(abc);
    expect(await sha256Hex('abc')).toBe(abc);
  });
});
