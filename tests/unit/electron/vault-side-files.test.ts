import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { vaultSideFiles } from '../../../electron/vault-side-files';
import { IPC_ARG_SCHEMAS } from '../../../shared/ipc';

const folders: string[] = [];
function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'linchpin-side-'));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('electron/vault-side-files', () => {
  it('keeps each slot in its own file in the user-data folder, readable only by the user', async () => {
    const dir = folder();
    const side = vaultSideFiles(dir);
    expect(await side.read({ slot: 'anchor' })).toBeNull();
    await side.write({ slot: 'anchor', text: '{"version":3}' });
    await side.write({ slot: 'failed-unlocks', text: '{"count":1}' });
    expect(await side.read({ slot: 'anchor' })).toBe('{"version":3}');
    expect(readdirSync(dir).sort()).toEqual(['vault-anchor.json', 'vault-failed-unlocks.json']);
    expect(readFileSync(join(dir, 'vault-anchor.json'), 'utf8')).toBe('{"version":3}');
    if (process.platform !== 'win32')
      expect(statSync(join(dir, 'vault-anchor.json')).mode & 0o077).toBe(0);
    await side.write({ slot: 'anchor', text: null });
    expect(await side.read({ slot: 'anchor' })).toBeNull();
    expect(readdirSync(dir)).toEqual(['vault-failed-unlocks.json']);
  });

  it('takes no path from the renderer: the contract refuses any slot it does not name', () => {
    const read = IPC_ARG_SCHEMAS['vault:side-read'];
    const write = IPC_ARG_SCHEMAS['vault:side-write'];
    expect(read.safeParse({ slot: 'anchor' }).success).toBe(true);
    expect(read.safeParse({ slot: '../../.ssh/id_rsa' }).success).toBe(false);
    expect(write.safeParse({ slot: 'prefetch', text: 'x' }).success).toBe(true);
    expect(write.safeParse({ slot: 'prefetch', text: 'x'.repeat(70_000) }).success).toBe(false);
    expect(write.safeParse({ slot: 'anchor', text: 'x', extra: 1 }).success).toBe(false);
  });
});
