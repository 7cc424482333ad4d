import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { MAX_FILE_BYTES } from '../../../shared/ipc/contract';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake);

const { openFile, saveFile } = await import('../../../electron/files');

const window = {} as BrowserWindow;
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'linchpin-files-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});
beforeEach(() => {
  fake.dialog.showOpenDialog.mockReset();
  fake.dialog.showSaveDialog.mockReset();
});

describe('electron/files openFile', () => {
  it('reads the chosen file and passes the title and filters to the dialog', async () => {
    const file = path.join(folder, 'calls.csv');
    await writeFile(file, 'caller,callee\n07700900001,07700900002\n');
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [file] });
    const filters = [{ name: 'CSV', extensions: ['csv'] }];
    const opened = await openFile({ title: 'Import call data', filters }, window);
    expect(opened?.name).toBe('calls.csv');
    expect(new TextDecoder().decode(opened?.bytes)).toContain('07700900002');
    expect(fake.dialog.showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ title: 'Import call data', filters }),
    );
  });

  it('returns null when the analyst cancels', async () => {
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await openFile({}, window)).toBeNull();
  });

  it('refuses a file over the size limit with a sentence saying what to do', async () => {
    const big = path.join(folder, 'huge.csv');
    await writeFile(big, '');
    await truncate(big, MAX_FILE_BYTES + 1); // sparse: no real disk used
    fake.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [big] });
    await expect(openFile({}, window)).rejects.toThrow(
      /huge\.csv is 513 MB; Linchpin opens files up to 512 MB/,
    );
  });
});

describe('electron/files saveFile', () => {
  it('writes text and bytes where the analyst chose, starting from Documents', async () => {
    const target = path.join(folder, 'audit.csv');
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    expect(
      await saveFile({ suggestedName: 'audit.csv', data: 'seq,actor\n1,analyst\n' }, window),
    ).toEqual({
      saved: true,
      path: target,
    });
    expect(await readFile(target, 'utf8')).toBe('seq,actor\n1,analyst\n');
    expect(fake.dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ defaultPath: path.join('/home/analyst/Documents', 'audit.csv') }),
    );

    const binary = path.join(folder, 'bundle.lpn');
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: binary });
    await saveFile({ suggestedName: 'bundle.lpn', data: new Uint8Array([1, 2, 255]) }, window);
    expect([...(await readFile(binary))]).toEqual([1, 2, 255]);
  });

  it('reports not saved when the analyst cancels, and explains a failed write', async () => {
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await saveFile({ suggestedName: 'a.csv', data: 'x' }, window)).toEqual({ saved: false });
    fake.dialog.showSaveDialog.mockResolvedValue({
      canceled: false,
      filePath: path.join(folder, 'missing', 'a.csv'),
    });
    await expect(saveFile({ suggestedName: 'a.csv', data: 'x' }, window)).rejects.toThrow(
      'Linchpin could not save a.csv',
    );
  });
});
