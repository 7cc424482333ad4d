import { createRequire } from 'node:module';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}
type AfterPack = ((context: PackContext) => Promise<void>) & {
  FUSES: Record<string, boolean>;
  electronBinaryPath: (context: PackContext) => string;
};

const afterPack = createRequire(import.meta.url)('../../../build/after-pack.cjs') as AfterPack;
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

let folder: string;
const context = (): PackContext => ({
  appOutDir: folder,
  electronPlatformName: 'linux',
  arch: 1,
  packager: { appInfo: { productFilename: 'Linchpin' }, executableName: 'linchpin' },
});

/** A 2 MB file shaped like Electron where the fuses live: sentinel, version 1, nine fuses all on. */
async function writeFakeElectron(file: string): Promise<void> {
  const bytes = Buffer.alloc(2 * 1024 * 1024);
  const at = 1_500_000;
  bytes.write(SENTINEL, at, 'latin1');
  bytes[at + SENTINEL.length] = 1;
  bytes[at + SENTINEL.length + 1] = 9;
  bytes.fill(FuseState.ENABLE, at + SENTINEL.length + 2, at + SENTINEL.length + 11);
  await writeFile(file, bytes);
}

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'linchpin-afterpack-'));
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(folder, { recursive: true, force: true });
});

describe('build/after-pack', () => {
  it('sets the six required fuses (and file:// privileges off) to the release values, each a real fuse name', () => {
    expect(afterPack.FUSES).toEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      OnlyLoadAppFromAsar: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      EnableCookieEncryption: true,
      GrantFileProtocolExtraPrivileges: false,
    });
    for (const name of Object.keys(afterPack.FUSES)) {
      expect(FuseV1Options[name as keyof typeof FuseV1Options], name).toBeTypeOf('number');
    }
  });

  it('finds the binary for each platform', () => {
    const linux = context();
    expect(afterPack.electronBinaryPath(linux)).toBe(path.join(folder, 'linchpin'));
    expect(afterPack.electronBinaryPath({ ...linux, electronPlatformName: 'win32' })).toBe(
      path.join(folder, 'Linchpin.exe'),
    );
    expect(afterPack.electronBinaryPath({ ...linux, electronPlatformName: 'darwin' })).toBe(
      path.join(folder, 'Linchpin.app'),
    );
  });

  it('skips a placeholder binary with a log line and leaves it untouched', async () => {
    await writeFile(path.join(folder, 'linchpin'), '#!/bin/sh\n');
    await afterPack(context());
    expect(await readFile(path.join(folder, 'linchpin'), 'utf8')).toBe('#!/bin/sh\n');
    expect(vi.mocked(console.log).mock.calls.flat().join(' ')).toMatch(
      /placeholder.*fuses not set/,
    );
  });

  it('flips the fuses in a binary that has a fuse wire', async () => {
    const binary = path.join(folder, 'linchpin');
    await writeFakeElectron(binary);
    await afterPack(context());
    const wire = await getCurrentFuseWire(binary);
    const state = (name: keyof typeof FuseV1Options) => wire[FuseV1Options[name]];
    expect(state('RunAsNode')).toBe(FuseState.DISABLE);
    expect(state('EnableNodeOptionsEnvironmentVariable')).toBe(FuseState.DISABLE);
    expect(state('EnableNodeCliInspectArguments')).toBe(FuseState.DISABLE);
    expect(state('OnlyLoadAppFromAsar')).toBe(FuseState.ENABLE);
    expect(state('EnableEmbeddedAsarIntegrityValidation')).toBe(FuseState.ENABLE);
    expect(state('EnableCookieEncryption')).toBe(FuseState.ENABLE);
    expect(state('GrantFileProtocolExtraPrivileges')).toBe(FuseState.DISABLE);
    // A fuse we do not set keeps what Electron shipped.
    expect(state('LoadBrowserProcessSpecificV8Snapshot')).toBe(FuseState.ENABLE);
  });

  it('fails clearly when the binary is missing', async () => {
    await expect(afterPack(context())).rejects.toThrow('the Electron binary was not found');
  });
});
