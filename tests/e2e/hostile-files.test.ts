/**
 * Hostile files in the real app (built renderer, strict CSP as a header, fictional demo vault):
 * the issue 11 workbooks and a bundle header asking Argon2 for 512 MiB x 20 passes x 8 lanes
 * end in clear errors in the import screen, nothing is imported, the page keeps answering the
 * keyboard while a bundle's key is derived in its worker, and good files still import after.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphDocument, sealBundle } from '../../shared/formats';
import { person, sampleId } from '../../renderer/dev/factories';
import { sheetRows } from '../bench/import/data';
import { sheetXlsx } from '../bench/import/xlsx';
import { hostileBundles } from '../bench/fuzz/hostileBundles';
import { hostileWorkbooks } from '../bench/fuzz/hostileWorkbooks';
import { screenshotsAtBothSizes, launchApp, type RunningApp } from './support/app';
import { axeViolations, createVault } from './support/flows';
import { longestTask, watchLongTasks } from './support/longTasks';
import { watchProblems } from './support/problems';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let app: RunningApp;
beforeAll(async () => {
  app = await launchApp();
});
afterAll(async () => {
  await app?.close();
});

async function pick(page: Page, button: string, name: string, bytes: Uint8Array, type: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles({ name, mimeType: type, buffer: Buffer.from(bytes) });
}

/** One new fictional nominal, sealed at the ceiling of the accepted range (the vault's own KDF). */
async function goodBundle(): Promise<Uint8Array> {
  // The bundle's workspace id is replaced by the open workspace's on import.
  const fresh = {
    ...person(sampleId('ent', 0xb11e), 'Tamsin Quarrendon'),
    workspaceId: 'ws_00000000000000000099',
  };
  const sealed = await sealBundle(
    graphDocument({ entities: [fresh], links: [], intel: [] }),
    'partner force bundle passphrase',
    { memoryKiB: 128 * 1024, iterations: 4, parallelism: 1 },
  );
  if (!sealed.ok) throw new Error(sealed.errors[0]?.message);
  return sealed.value;
}

/** Brings `subject` to the middle of the view (after a resize). */
const centre = (subject: Locator) =>
  subject.evaluate((el) => el.scrollIntoView({ block: 'center' }));

describe('hostile files in the import screen', () => {
  it('refuses hostile workbooks and bundles with clear errors, stays responsive, then imports good files', async () => {
    const { page } = app;
    const problems = watchProblems(page);
    await createVault(page, { demo: true });
    await page.getByRole('tab', { name: 'Import and export' }).click();
    await watchLongTasks(page);

    // The workbooks: each ends in its own sentence in the wizard, nothing previewed.
    const sheetErrors = page.getByRole('alert').filter({ hasText: 'The file cannot be read.' });
    for (const name of [
      'row-infinity.xlsx',
      'cell-replacement-char.xlsx',
      '300mb-undeclared.xlsx',
    ]) {
      const file = hostileWorkbooks.find((f) => f.name === name)!;
      await pick(page, 'Choose spreadsheet…', name, file.bytes(), XLSX_TYPE);
      await sheetErrors.filter({ hasText: name }).waitFor({ timeout: 20_000 });
      expect(await sheetErrors.textContent(), name).toMatch(file.error);
      expect(await page.getByRole('button', { name: 'Check all rows' }).count()).toBe(0);
    }
    await screenshotsAtBothSizes(page, 'hostile-workbook-error', () => centre(sheetErrors));
    expect(await axeViolations(page)).toEqual([]);

    // A bundle header asking for Argon2 with 512 MiB x 20 passes x 8 lanes: refused on choosing.
    const hostile = hostileBundles.find((b) => b.name === 'argon-512mib-20-8.linchpin')!;
    await pick(
      page,
      'Choose .linchpin bundle…',
      hostile.name,
      hostile.bytes(),
      'application/octet-stream',
    );
    const bundleError = page.getByRole('alert').filter({ hasText: 'The bundle cannot be opened.' });
    await bundleError.waitFor();
    expect(await bundleError.textContent()).toMatch(hostile.error);
    expect(await page.getByLabel(`Passphrase for ${hostile.name}`).count()).toBe(0);
    await screenshotsAtBothSizes(page, 'hostile-bundle-error', () => centre(bundleError));
    expect(await axeViolations(page)).toEqual([]);

    // A good workbook still reads and imports.
    await pick(
      page,
      'Choose spreadsheet…',
      'sightings.xlsx',
      new Uint8Array(sheetXlsx(sheetRows(200))),
      XLSX_TYPE,
    );
    await page
      .getByRole('table', { name: /sightings\.xlsx: first \d+ of 200 rows/ })
      .waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Check all rows' }).click();
    // The batch rests on no intelligence item here (the wizard would otherwise ask its grade).
    await page.getByLabel('No intelligence item').check();
    await page.getByRole('button', { name: 'Import all rows' }).click();
    await page
      .getByText(/^Imported \d+ entities and \d+ links from sightings\.xlsx\.$/)
      .waitFor({ timeout: 60_000 });

    // A good bundle at the vault's own KDF: while its key is derived in the worker, the page
    // still takes typing (a main-thread Argon2 would hold the keystrokes until it finished).
    const good = await goodBundle();
    await pick(
      page,
      'Choose .linchpin bundle…',
      'partner.linchpin',
      good,
      'application/octet-stream',
    );
    await page
      .getByLabel('Passphrase for partner.linchpin')
      .fill('partner force bundle passphrase');
    await page.getByRole('button', { name: 'Open bundle' }).click();
    const opening = page.getByRole('button', { name: 'Opening…' });
    await opening.waitFor();
    const other = page.getByLabel('Bundle passphrase', { exact: true });
    await other.fill('typed while the key was derived');
    expect(await opening.isVisible()).toBe(true);
    expect(await other.inputValue()).toBe('typed while the key was derived');
    await other.fill('');
    const diff = page.getByRole('table', { name: 'What the bundle would change' });
    await diff.waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Merge bundle' }).click();
    await page.getByText(/^Merged partner.linchpin: 1 change applied, as one step/).waitFor();
    console.log(`[hostile-files] longest main-thread task: ${await longestTask(page)} ms`);
    expect(problems).toEqual([]);
  });
});
