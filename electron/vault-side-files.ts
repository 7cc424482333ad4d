import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { VaultSideSlot } from '../shared/ipc/channels';
import type { IpcValidArgs } from '../shared/ipc/contract';

/**
 * The vault's side texts (shared/ipc/channels.ts, VAULT_SIDE_SLOTS) as files in the user-data
 * folder, beside but outside Chromium's IndexedDB: putting back an older copy of the IndexedDB
 * folder does not put these back. The slot name is checked by the contract, so no path is ever
 * taken from the renderer. Writes go to a temporary file first, then replace the old one.
 */
export function vaultSideFiles(folder: string) {
  const file = (slot: VaultSideSlot) => path.join(folder, `vault-${slot}.json`);
  return {
    async read({ slot }: IpcValidArgs<'vault:side-read'>): Promise<string | null> {
      try {
        return await readFile(file(slot), 'utf8');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw e;
      }
    },
    async write({ slot, text }: IpcValidArgs<'vault:side-write'>): Promise<void> {
      if (text === null) return rm(file(slot), { force: true });
      await mkdir(folder, { recursive: true });
      const temporary = `${file(slot)}.${process.pid}.tmp`;
      await writeFile(temporary, text, { encoding: 'utf8', mode: 0o600 });
      await rename(temporary, file(slot));
    },
  };
}
