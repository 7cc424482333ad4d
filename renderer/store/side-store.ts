import type { VaultSideSlot } from '../../shared/ipc/channels';

export type { VaultSideSlot };

/**
 * Small texts the vault keeps outside IndexedDB, readable before any key exists (the slots are
 * listed in shared/ipc/channels.ts). The platform supplies it: files in Electron's user-data
 * folder, localStorage in a browser. Putting back an older copy of the IndexedDB files does not
 * put these back, which is how a whole-store rollback shows.
 */
export interface SideStore {
  read(slot: VaultSideSlot): Promise<string | undefined>;
  /** undefined removes the slot. */
  write(slot: VaultSideSlot, text: string | undefined): Promise<void>;
}

/** For tests and hosts with no storage at all: forgets everything when the page goes. */
export function memorySideStore(): SideStore & { slots: Map<VaultSideSlot, string> } {
  const slots = new Map<VaultSideSlot, string>();
  return {
    slots,
    read: async (slot) => slots.get(slot),
    write: async (slot, text) => {
      if (text === undefined) slots.delete(slot);
      else slots.set(slot, text);
    },
  };
}

/** A browser's second store: localStorage, which lives in other files than IndexedDB. */
export function storageSideStore(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
  prefix = 'linchpin.vault.',
): SideStore {
  return {
    read: async (slot) => storage.getItem(prefix + slot) ?? undefined,
    write: async (slot, text) => {
      if (text === undefined) storage.removeItem(prefix + slot);
      else storage.setItem(prefix + slot, text);
    },
  };
}

/** localStorage where the host has it, memory otherwise (Node in unit tests). */
export function defaultSideStore(): SideStore {
  try {
    if (globalThis.localStorage) return storageSideStore(globalThis.localStorage);
  } catch {
    // Storage refused (a locked-down profile): fall through.
  }
  return memorySideStore();
}
