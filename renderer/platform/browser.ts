import { MAX_FILE_BYTES, MAX_FILE_MEGABYTES } from '../../shared/ipc/contract';
import type { FileFilter } from '../../shared/ipc/contract';
import { memorySideStore, storageSideStore } from '../store/side-store';
import type { Platform } from './types';

/** The few browser objects web mode touches, passed in so tests can supply plain stand-ins. */
export interface BrowserEnvironment {
  document: Pick<Document, 'createElement' | 'addEventListener' | 'removeEventListener'> & {
    body: Pick<HTMLElement, 'append'>;
  };
  url: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;
  print: () => void;
  userAgent: string;
  version: string;
  /** Object URLs are revoked a little after the click, once the download has started. */
  later: (run: () => void, milliseconds: number) => void;
  /** The vault's second store, beside IndexedDB; without one (tests) it lives in memory. */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

export function acceptAttribute(filters: FileFilter[] | undefined): string {
  const extensions = (filters ?? []).flatMap((filter) => filter.extensions);
  if (extensions.length === 0 || extensions.includes('*')) return '';
  return extensions.map((extension) => `.${extension.toLowerCase()}`).join(',');
}

function tooLarge(name: string, size: number): Error {
  const megabytes = Math.ceil(size / (1024 * 1024));
  return new Error(
    `${name} is ${megabytes} MB; Linchpin opens files up to ${MAX_FILE_MEGABYTES} MB. ` +
      'Split the file or export a shorter date range, then try again.',
  );
}

/**
 * Web mode: open through a hidden file input, save as a download, print with the browser's dialog
 * (where "Save as PDF" is one of the printers). There is no application menu, so onMenuCommand
 * never fires; the renderer binds its own shortcuts. The one lock signal a page gets is the Page
 * Lifecycle 'freeze' event (Chromium freezes background tabs and pages on a sleeping machine), so
 * that locks with reason 'suspend'; 'pagehide' is not used because the page and its keys go anyway.
 */
export function createBrowserPlatform(env: BrowserEnvironment): Platform {
  return {
    kind: 'browser',
    appInfo: async () => ({
      name: 'Linchpin',
      version: env.version,
      platform: 'web',
      arch: 'unknown',
      electronVersion: 'none',
      chromeVersion: /Chrom(?:e|ium)\/([\d.]+)/.exec(env.userAgent)?.[1] ?? 'unknown',
      packaged: false,
    }),
    openFile: (options = {}) =>
      new Promise((resolve, reject) => {
        const input = env.document.createElement('input');
        input.type = 'file';
        input.accept = acceptAttribute(options.filters);
        input.style.display = 'none';
        const finish = () => input.remove();
        input.addEventListener('cancel', () => {
          finish();
          resolve(null);
        });
        input.addEventListener('change', () => {
          finish();
          const file = input.files?.[0];
          if (!file) return resolve(null);
          if (file.size > MAX_FILE_BYTES) return reject(tooLarge(file.name, file.size));
          file.arrayBuffer().then(
            (buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }),
            (error: unknown) =>
              reject(new Error(`Linchpin could not read ${file.name}: ${String(error)}`)),
          );
        });
        env.document.body.append(input);
        input.click();
      }),
    saveFile: async ({ suggestedName, data, mimeType }) => {
      const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)], {
        type: mimeType,
      });
      const href = env.url.createObjectURL(blob);
      const anchor = env.document.createElement('a');
      anchor.href = href;
      anchor.download = suggestedName;
      anchor.rel = 'noopener';
      anchor.style.display = 'none';
      env.document.body.append(anchor);
      anchor.click();
      anchor.remove();
      env.later(() => env.url.revokeObjectURL(href), 10_000);
      return true;
    },
    printToPdf: async () => {
      env.print();
      return true;
    },
    onLock: (listener) => {
      const onFreeze = () => listener('suspend');
      env.document.addEventListener('freeze', onFreeze);
      return () => env.document.removeEventListener('freeze', onFreeze);
    },
    onMenuCommand: () => () => undefined,
    sideStore: env.storage ? storageSideStore(env.storage) : memorySideStore(),
  };
}
