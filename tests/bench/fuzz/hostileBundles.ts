/**
 * Hostile .linchpin bundles: valid framing, a header asking for key derivation outside the
 * accepted range (issue 11: 512 MiB x 20 passes x 8 lanes froze the page for 16 s), and
 * relatives. Built at run time; each names the error it must end in.
 */
import {
  BUNDLE_VERSION,
  encodeHeader,
  toBase64,
  type BundleHeader,
} from '../../../shared/formats/bundle/bundleHeader';

type Kdf = BundleHeader['kdf'];

export function bundleWithHeader(kdf: Partial<Kdf>, iv = toBase64(new Uint8Array(12))): Uint8Array {
  const header: BundleHeader = {
    version: BUNDLE_VERSION,
    kdf: {
      algorithm: 'argon2id',
      memoryKiB: 64 * 1024,
      iterations: 3,
      parallelism: 1,
      salt: toBase64(new Uint8Array(16).fill(7)),
      ...kdf,
    },
    cipher: 'aes-256-gcm',
    iv,
    summary: { entities: 2, links: 1, intel: 0 },
    createdAt: '2025-01-01T00:00:00.000Z',
  };
  const prefix = encodeHeader(header);
  const out = new Uint8Array(prefix.length + 64);
  out.set(prefix);
  return out;
}

export interface HostileBundle {
  name: string;
  about: string;
  bytes: () => Uint8Array;
  error: RegExp;
}

export const hostileBundles: HostileBundle[] = [
  {
    name: 'argon-512mib-20-8.linchpin',
    about: 'issue 11: Argon2 with 512 MiB x 20 passes x 8 lanes',
    bytes: () => bundleWithHeader({ memoryKiB: 512 * 1024, iterations: 20, parallelism: 8 }),
    error: /512 MiB of memory \(at most 128 MiB\)/,
  },
  {
    name: 'argon-4gib.linchpin',
    about: '4 GiB of memory, one pass',
    bytes: () => bundleWithHeader({ memoryKiB: 4 * 1024 * 1024, iterations: 1 }),
    error: /4096 MiB of memory/,
  },
  {
    name: 'argon-1000-passes.linchpin',
    about: '8 MiB but 1,000 passes',
    bytes: () => bundleWithHeader({ memoryKiB: 8192, iterations: 1000 }),
    error: /1000 passes \(1 to 10\)/,
  },
  {
    name: 'argon-cost.linchpin',
    about: "128 MiB x 10 passes: each inside its bound, the product over the vault's",
    bytes: () => bundleWithHeader({ memoryKiB: 128 * 1024, iterations: 10 }),
    error: /128 MiB x 10 passes \(at most 512 MiB x 1 in all\)/,
  },
  {
    name: 'argon-lanes.linchpin',
    about: '255 lanes',
    bytes: () => bundleWithHeader({ parallelism: 255 }),
    error: /255 lanes \(1 to 4\)/,
  },
  {
    name: 'short-salt.linchpin',
    about: 'a 4-byte salt',
    bytes: () => bundleWithHeader({ salt: toBase64(new Uint8Array(4)) }),
    error: /a salt of 4 bytes \(16 to 64\)/,
  },
  {
    name: 'long-iv.linchpin',
    about: 'a 16-byte IV for AES-GCM',
    bytes: () => bundleWithHeader({}, toBase64(new Uint8Array(16))),
    error: /an IV of 16 bytes \(12\)/,
  },
];
