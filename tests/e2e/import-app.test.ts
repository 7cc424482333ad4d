/**
 * Import inside the real app, built and served with the app's own headers (as Electron's app://
 * serves it, so workers run under the Content-Security-Policy too): a workbook whose sheet is
 * larger than fflate will inflate in place is read, previewed and imported into the vault.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sheetRows } from '../bench/import/data';
import { sheetXlsx } from '../bench/import/xlsx';
import { launchApp, screenshot, type RunningApp } from './support/app';
import { createVault } from './support/flows';
import { watchProblems } from './support/problems';
import { longestTask, watchLongTasks } from './support/longTasks';

let app: RunningApp;
beforeAll(async () => {
  app = await launchApp();
});
afterAll(async () => {
  await app?.close();
});

describe('spreadsheet import in the app', () => {
  it('previews a 3,000-row workbook (sheet over 512 KiB) under the strict CSP', async () => {
    const { page } = app;
    const problems = watchProblems(page);
    await createVault(page, { demo: true });
    await page.getByRole('tab', { name: 'Import and export' }).click();
    const rows = 3000;
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose spreadsheet…' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'big.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(sheetXlsx(sheetRows(rows))),
    });
    await page
      .getByRole('table', { name: new RegExp(`big\\.xlsx: first \\d+ of ${rows} rows`) })
      .waitFor({ timeout: 20_000 });
    await screenshot(page, 'import-app-big-workbook');

    // Check and import every row; the write is sealed in the workers, so the page keeps drawing.
    await watchLongTasks(page);
    await page.getByRole('button', { name: 'Check all rows' }).click();
    await page.getByRole('region', { name: 'Import report by row' }).waitFor({ timeout: 60_000 });
    await page.getByRole('radio', { name: 'No intelligence item' }).check();
    await page.getByRole('button', { name: 'Import all rows' }).click();
    const done = page.getByText(/^Imported \d+ entities and \d+ links from big\.xlsx\.$/);
    await done.waitFor({ timeout: 60_000 });
    const longest = await longestTask(page);
    expect(longest).toBeLessThan(1000);
    expect(problems).toEqual([]);
  });
});
