/**
 * Every IPC channel name, in one place. Kept free of zod so the sandboxed preload that imports it
 * stays tiny; the schemas live in contract.ts.
 */
export const INVOKE_CHANNELS = {
  appInfo: 'app:info',
  openFile: 'dialog:open-file',
  saveFile: 'dialog:save-file',
  printToPdf: 'print:to-pdf',
  vaultSideRead: 'vault:side-read',
  vaultSideWrite: 'vault:side-write',
} as const;

export type InvokeChannel = (typeof INVOKE_CHANNELS)[keyof typeof INVOKE_CHANNELS];

/** Messages the main process sends to the renderer. */
export const EVENT_CHANNELS = {
  lock: 'lock',
  menuCommand: 'menu-command',
} as const;

export type EventChannel = (typeof EVENT_CHANNELS)[keyof typeof EVENT_CHANNELS];

/** Why the main process asks the renderer to lock the vault. */
export const LOCK_REASONS = ['suspend', 'screen-lock'] as const;
export type LockReason = (typeof LOCK_REASONS)[number];

/** Commands the application menu sends; the renderer also binds the same keys itself. */
export const MENU_COMMANDS = [
  'new-workspace',
  'open-file',
  'lock',
  'print',
  'undo',
  'redo',
  'find',
] as const;
export type MenuCommandId = (typeof MENU_COMMANDS)[number];

/**
 * Small texts the vault keeps outside IndexedDB, readable without the key: the rollback anchor
 * (latest manifest version and audit head, MAC'd), the count and times of failed unlocks, and the
 * blind key of the workspace to read ahead at unlock. Electron keeps them in files in the
 * user-data folder; a browser in localStorage.
 */
export const VAULT_SIDE_SLOTS = ['anchor', 'failed-unlocks', 'prefetch'] as const;
export type VaultSideSlot = (typeof VAULT_SIDE_SLOTS)[number];

export function isLockReason(value: unknown): value is LockReason {
  return typeof value === 'string' && (LOCK_REASONS as readonly string[]).includes(value);
}

export function isMenuCommandId(value: unknown): value is MenuCommandId {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
