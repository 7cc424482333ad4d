import type { LockReason, MenuCommandId } from './channels';
import type {
  AppInfo,
  OpenFileArgs,
  OpenedFile,
  PrintToPdfArgs,
  SaveFileArgs,
  SaveFileResult,
  VaultSideReadArgs,
  VaultSideWriteArgs,
} from './contract';

/**
 * What the preload exposes as `window.linchpin`: named functions, nothing else. Declared here,
 * beside the contract it wraps, so the renderer can type it without importing from electron/.
 */
export interface LinchpinBridge {
  appInfo(): Promise<AppInfo>;
  openFile(args: OpenFileArgs): Promise<OpenedFile | null>;
  saveFile(args: SaveFileArgs): Promise<SaveFileResult>;
  printToPdf(args: PrintToPdfArgs): Promise<SaveFileResult>;
  /** The vault's small texts kept outside IndexedDB (files in the user-data folder). */
  vaultSideRead(args: VaultSideReadArgs): Promise<string | null>;
  vaultSideWrite(args: VaultSideWriteArgs): Promise<void>;
  /** Returns a function that stops listening. */
  onLock(listener: (reason: LockReason) => void): () => void;
  onMenuCommand(listener: (id: MenuCommandId) => void): () => void;
}

export interface WindowWithBridge {
  linchpin?: LinchpinBridge;
}
