import type { LinchpinBridge } from '../../shared/ipc/bridge';
import type { Platform } from './types';

/**
 * Electron prefixes errors thrown in the main process with "Error invoking remote method '<channel>':
 * Error:", which means nothing to an analyst. Keep only the sentence the main process wrote.
 */
export function cleanIpcError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(message.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, ''));
}

async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw cleanIpcError(error);
  }
}

export function createElectronPlatform(bridge: LinchpinBridge): Platform {
  return {
    kind: 'electron',
    appInfo: () => call(() => bridge.appInfo()),
    openFile: (options = {}) =>
      call(() =>
        bridge.openFile({
          ...(options.title === undefined ? {} : { title: options.title }),
          ...(options.filters === undefined ? {} : { filters: options.filters }),
        }),
      ),
    saveFile: async ({ suggestedName, data, filters }) => {
      const result = await call(() =>
        bridge.saveFile({ suggestedName, data, ...(filters ? { filters } : {}) }),
      );
      return result.saved;
    },
    printToPdf: async ({ suggestedName, landscape, marking }) => {
      const result = await call(() =>
        bridge.printToPdf({
          suggestedName,
          options: {
            ...(landscape === undefined ? {} : { landscape }),
            ...(marking === undefined ? {} : { marking }),
          },
        }),
      );
      return result.saved;
    },
    onLock: (listener) => bridge.onLock(listener),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    sideStore: {
      read: async (slot) => (await call(() => bridge.vaultSideRead({ slot }))) ?? undefined,
      write: (slot, text) => call(() => bridge.vaultSideWrite({ slot, text: text ?? null })),
    },
  };
}
