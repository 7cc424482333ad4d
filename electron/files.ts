import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import { MAX_FILE_BYTES, MAX_FILE_MEGABYTES } from '../shared/ipc/contract';
import type { FileFilter, IpcValidArgs, OpenedFile, SaveFileResult } from '../shared/ipc/contract';

type OpenArgs = IpcValidArgs<'dialog:open-file'>;
type SaveArgs = IpcValidArgs<'dialog:save-file'>;

/** Shows the open dialog and reads the chosen file; null when the analyst cancels. */
export async function openFile(args: OpenArgs, window: BrowserWindow): Promise<OpenedFile | null> {
  const result = await dialog.showOpenDialog(window, {
    title: args.title ?? 'Open file',
    properties: ['openFile'],
    ...(args.filters ? { filters: args.filters } : {}),
  });
  const chosen = result.filePaths[0];
  if (result.canceled || !chosen) return null;
  const info = await stat(chosen);
  if (!info.isFile()) throw new Error(`${path.basename(chosen)} is not a file.`);
  if (info.size > MAX_FILE_BYTES) {
    const megabytes = Math.ceil(info.size / (1024 * 1024));
    throw new Error(
      `${path.basename(chosen)} is ${megabytes} MB; Linchpin opens files up to ${MAX_FILE_MEGABYTES} MB. ` +
        'Split the file or export a shorter date range, then try again.',
    );
  }
  const buffer = await readFile(chosen);
  return {
    name: path.basename(chosen),
    bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
  };
}

/** Asks where to save (starting in Documents) and writes the bytes there. */
export async function saveBytes(
  window: BrowserWindow,
  suggestedName: string,
  data: Uint8Array | string,
  filters: FileFilter[] | undefined,
): Promise<SaveFileResult> {
  const result = await dialog.showSaveDialog(window, {
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
    ...(filters ? { filters } : {}),
  });
  if (result.canceled || !result.filePath) return { saved: false };
  try {
    await writeFile(result.filePath, data);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Linchpin could not save ${path.basename(result.filePath)}: ${reason}`);
  }
  return { saved: true, path: result.filePath };
}

export function saveFile(args: SaveArgs, window: BrowserWindow): Promise<SaveFileResult> {
  return saveBytes(window, args.suggestedName, args.data, args.filters);
}
