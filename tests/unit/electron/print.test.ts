import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, WebContents } from 'electron';
import { FakeWebContents } from './fake-electron';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake);

const { pdfOptions, printToPdf } = await import('../../../electron/print');

describe('electron/print pdfOptions', () => {
  it('prints A4 portrait with backgrounds and a tagged (accessible) PDF by default', () => {
    expect(pdfOptions({})).toEqual({
      landscape: false,
      pageSize: 'A4',
      printBackground: true,
      generateTaggedPDF: true,
    });
  });

  it('applies landscape, page size and margins', () => {
    expect(pdfOptions({ landscape: true, pageSize: 'A3', marginsType: 'none' })).toMatchObject({
      landscape: true,
      pageSize: 'A3',
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
  });

  it('prints the classification marking at the top and bottom of every page, with room for it', () => {
    const options = pdfOptions({ marking: 'OFFICIAL-SENSITIVE', marginsType: 'none' });
    expect(options.displayHeaderFooter).toBe(true);
    expect(options.headerTemplate).toContain('OFFICIAL-SENSITIVE');
    expect(options.footerTemplate).toContain('OFFICIAL-SENSITIVE');
    expect(options.margins?.top).toBeGreaterThanOrEqual(0.4);
    expect(options.margins?.bottom).toBeGreaterThanOrEqual(0.4);
  });
});

describe('electron/print printToPdf', () => {
  it('prints the sending page and saves it as a .pdf', async () => {
    const sender = new FakeWebContents();
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    const result = await printToPdf(
      { suggestedName: 'Profile - OCG Alpha', options: { landscape: true } },
      sender as unknown as WebContents,
      {} as BrowserWindow,
    );
    expect(result).toEqual({ saved: false });
    expect(sender.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ landscape: true }));
    expect(fake.dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({
        defaultPath: expect.stringMatching(/Profile - OCG Alpha\.pdf$/),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      }),
    );
  });
});
