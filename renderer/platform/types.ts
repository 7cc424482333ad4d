import type { Classification } from '../../shared/model/classification';
import type { AppInfo, FileFilter } from '../../shared/ipc/contract';
import type { LockReason, MenuCommandId } from '../../shared/ipc/channels';
import type { SideStore } from '../store/side-store';

export type { AppInfo, FileFilter, LockReason, MenuCommandId };

export interface OpenFileOptions {
  title?: string;
  filters?: FileFilter[];
}

export interface SaveFileOptions {
  suggestedName: string;
  data: Uint8Array | string;
  mimeType: string;
  filters?: FileFilter[];
}

export interface PrintToPdfOptions {
  suggestedName: string;
  landscape?: boolean;
  /** Printed at the top and bottom of every page where the platform can (Electron). */
  marking?: Classification;
}

/** The renderer's only door to the outside world: Electron's bridge or the browser's own APIs. */
export interface Platform {
  kind: 'electron' | 'browser';
  appInfo(): Promise<AppInfo>;
  /** Resolves null when the analyst cancels. */
  openFile(options?: OpenFileOptions): Promise<{ name: string; bytes: Uint8Array } | null>;
  /** Resolves false when the analyst cancels (Electron); a browser download always reports true. */
  saveFile(options: SaveFileOptions): Promise<boolean>;
  printToPdf(options: PrintToPdfOptions): Promise<boolean>;
  /** Returns a function that stops listening. */
  onLock(listener: (reason: LockReason) => void): () => void;
  onMenuCommand(listener: (id: MenuCommandId) => void): () => void;
  /**
   * Where the vault keeps what it needs outside IndexedDB (rollback anchor, failed unlocks):
   * files in the user-data folder in Electron, localStorage in a browser. Harnesses leave it out.
   */
  sideStore?: SideStore;
}
