/**
 * Import and duplicates screens in Debian's Chromium, served by the Vite dev server
 * (renderer/dev/import-harness.html): a spreadsheet through the wizard with a mapping fixed after
 * a validation error, call records, an export, and a duplicate resolved. The harness's `run`
 * applies nothing and records command labels, so each test checks the command the screen issued.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphDocument, sealBundle } from '../../shared/formats';
import { person, sampleId } from '../../renderer/dev/factories';
import { demoLoaded } from '../../renderer/dev/demoLoaded';
import { REPO } from './support/app';
import { shot, startDevHarness, type DevHarness } from './support/dev-harness';
import { axeViolations } from './support/flows';

let harness: DevHarness;

const openHarness = (query = '') =>
  harness.open(
    'import-harness.html',
    query,
    (page) => page.getByRole('heading', { level: 2 }).waitFor({ timeout: 120_000 }),
    { width: 1280, height: 1000 },
  );

const nextFile = (page: Page, name: string, text: string) =>
  page.evaluate(
    ([n, t]) => (window.__importHarness!.nextFile = { name: n!, text: t! }),
    [name, text],
  );
const commands = (page: Page) => page.evaluate(() => window.__importHarness!.commands);

beforeAll(async () => {
  harness = await startDevHarness();
  const { page } = await openHarness();
  await page.close();
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

// Month-first dates: the wizard's UK default (day first) finds 12/31/2004 impossible.
const SHEET = `Name,Mobile,DOB,Seen
Jade Moss,07700 900991,12/31/2004,03/02/2025
Kai Rennet,07700 900992,01/15/2005,03/04/2025
Jade Moss,07700 900991,,03/09/2025
`;

describe('import and export screen', () => {
  it('imports a spreadsheet through the wizard after fixing the date convention', async () => {
    const { page, problems } = await openHarness();
    await nextFile(page, 'people.csv', SHEET);
    await page.getByRole('button', { name: 'Choose spreadsheet…' }).click();
    await page.getByRole('table', { name: /people\.csv: first 3 of 3 rows/ }).waitFor();

    await page.getByLabel('entity1: Date of birth', { exact: true }).selectOption('DOB');
    await page.getByRole('button', { name: 'Add entity' }).click();
    await page.getByLabel('entity2: Number', { exact: true }).selectOption('Mobile');
    await page.getByRole('button', { name: 'Add link' }).click();
    await page.getByLabel('Link 1: kind', { exact: true }).selectOption('uses_phone');
    await page.getByLabel('Link 1: first seen', { exact: true }).selectOption('Seen');

    const preview = page.getByRole('table', { name: 'Parsed values of the first rows' });
    await expect.poll(() => preview.textContent()).toContain('+447700900991');
    expect(await preview.textContent()).toContain('Problem: "12/31/2004" is not a real date.');

    await page.getByRole('button', { name: 'Check all rows' }).click();
    await page.getByRole('alert').filter({ hasText: '2 of 3 rows have problems' }).waitFor();
    const report = page.getByRole('region', { name: 'Import report by row' });
    expect(await report.getByRole('row', { name: /^2 / }).textContent()).toMatch(
      /Refused.*12\/31\/2004/,
    );
    expect(await report.getByRole('row', { name: /^3 / }).textContent()).toMatch(
      /Refused.*"01\/15\/2005" is not a real date/,
    );
    expect(await page.getByRole('button', { name: 'Import all rows' }).isDisabled()).toBe(true);
    await shot(page, 'import-wizard-errors');

    await page.getByLabel('Dates are written').selectOption('auto-mdy');
    await expect.poll(() => preview.textContent()).toContain('2004-12-31');
    await page.getByRole('button', { name: 'Check all rows' }).click();
    await page
      .getByText('All 3 rows are valid: 4 new entities and 2 links are ready to import.')
      .waitFor();
    await shot(page, 'import-wizard-valid');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: 'No intelligence item' }).check();
    await page.getByRole('button', { name: 'Import all rows' }).click();
    await page.getByText('Imported 4 entities and 2 links from people.csv.').waitFor();
    expect(await commands(page)).toEqual(['import 4 entities, 2 links, 0 intelligence items']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('previews an Excel workbook in the wizard, dates read from date cells', async () => {
    const { page, problems } = await openHarness();
    const xlsx = readFileSync(join(REPO, 'tests/unit/import-ui/fixtures/people.xlsx')).toString(
      'base64',
    );
    await page.evaluate(
      (b) => (window.__importHarness!.nextFile = { name: 'people.xlsx', base64: b }),
      xlsx,
    );
    await page.getByRole('button', { name: 'Choose spreadsheet…' }).click();
    const table = page.getByRole('table', { name: /people\.xlsx: first 2 of 2 rows/ });
    await table.waitFor();
    expect(await table.getByRole('row').nth(1).textContent()).toBe(
      '2Jade Moss07700 9009912004-12-313',
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('refuses bad call records by row, then imports good ones; exports a logged GraphML', async () => {
    const { page, problems } = await openHarness();
    await nextFile(
      page,
      'calls-bad.csv',
      'caller,called,start,duration\n07700900991,07700900992,01/03/2025 10:00:00,60\n07700900991,07700900992,31/02/2025 10:00:00,60\n',
    );
    await page.getByRole('button', { name: 'Choose call records…' }).click();
    await page.getByRole('button', { name: 'Check call records' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The call records cannot be read.' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('row 3:');

    await nextFile(
      page,
      'calls.csv',
      'caller,called,start,duration\n07700900991,07700900992,01/03/2025 10:00:00,60\n07700900992,07700900991,02/03/2025 11:00:00,30\n07700900991,07700900992,05/03/2025 12:00:00,1:00\n',
    );
    await page.getByRole('button', { name: 'Choose call records…' }).click();
    await page.getByRole('table', { name: /calls\.csv: first 3 of 3 rows/ }).waitFor();
    await page.getByRole('button', { name: 'Check call records' }).click();
    const summary = page.getByRole('definition').first();
    await summary.waitFor();
    const text = await page.locator('dl[aria-label="Call records summary"]').textContent();
    expect(text).toContain('New phones2');
    expect(text).toContain('Call links2 (3 voice calls)');
    expect(text).toContain('2025-03-01 to 2025-03-05');
    // Attribute the busier number to a person over a period; a backwards period is refused.
    await page.getByText('Attribute numbers to people (optional)').click();
    await page.getByLabel('Used by, +447700900991').selectOption({ label: 'Anthony Varrick' });
    expect(await page.getByLabel('From, +447700900991').inputValue()).toBe('2025-03-01');
    await page.getByLabel('To, +447700900991').fill('2025-02-01');
    await page
      .getByRole('region', { name: 'Call data records' })
      .getByRole('radio', { name: 'No intelligence item' })
      .check();
    await page.getByRole('button', { name: 'Import call records' }).click();
    const refused = page
      .getByRole('alert')
      .filter({ hasText: 'starts (2025-03-01) after it ends' });
    await refused.waitFor();
    expect(await commands(page)).toEqual([]);
    await page.getByLabel('To, +447700900991').fill('2025-03-31');
    await shot(page, 'import-call-records');
    await page.getByRole('button', { name: 'Import call records' }).click();
    await page
      .getByText('Imported 2 phones and 2 call links from calls.csv, with 1 numbers attributed.')
      .waitFor();
    expect(await commands(page)).toEqual(['import 2 entities, 3 links, 0 intelligence items']);

    await page.getByRole('button', { name: 'Export GraphML' }).click();
    await page.getByText(/^Exported \d+ entities and \d+ links to/).waitFor();
    const { saved, audits } = await page.evaluate(() => window.__importHarness!);
    expect(saved[0]?.name).toMatch(/\.graphml$/);
    expect(saved[0]?.text).toContain('<graphml');
    expect(audits).toEqual([
      { action: 'export', detail: expect.stringMatching(/^GraphML: \d+ entities/) },
    ]);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

/** A bundle holding a newer copy of one demo nominal and one new person, sealed with a cheap KDF. */
async function demoBundle(passphrase: string): Promise<string> {
  const demo = demoLoaded();
  const varrick = [...demo.entities.values()].find((e) => e.label === 'Anthony Varrick')!;
  const newer = {
    ...varrick,
    notes: 'Moved to Leeds (partner force).',
    updatedAt: '2027-01-05T10:00:00.000Z',
  };
  const fresh = {
    ...person(sampleId('ent', 0xb0b), 'Nia Okafor'),
    workspaceId: varrick.workspaceId,
  };
  const sealed = await sealBundle(
    graphDocument({ entities: [newer, fresh], links: [], intel: [] }),
    passphrase,
    { memoryKiB: 1024, iterations: 1, parallelism: 1 },
  );
  if (!sealed.ok) throw new Error('could not seal the test bundle');
  return Buffer.from(sealed.value).toString('base64');
}

describe('bundles and graph files', () => {
  it('opens a bundle after a wrong passphrase, previews the diff and merges the chosen records', async () => {
    const { page, problems } = await openHarness();
    const base64 = await demoBundle('correct horse battery staple');
    await page.evaluate(
      (b) => (window.__importHarness!.nextFile = { name: 'from-leeds.linchpin', base64: b }),
      base64,
    );
    await page.getByRole('button', { name: 'Choose .linchpin bundle…' }).click();
    await page
      .getByText('from-leeds.linchpin holds 2 entities, 0 links and 0 intelligence items')
      .waitFor();
    const pass = page.getByLabel('Passphrase for from-leeds.linchpin');
    await pass.fill('wrong passphrase');
    await page.getByRole('button', { name: 'Open bundle' }).click();
    await page.getByText(/the passphrase is wrong, or the file has been changed/).waitFor();
    await pass.fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Open bundle' }).click();
    const diff = page.getByRole('table', { name: 'What the bundle would change' });
    await diff.waitFor();
    expect(await diff.getByRole('row', { name: /^Entities/ }).textContent()).toBe('Entities1100');
    await page.getByRole('radio', { name: 'Keep mine' }).check();
    await page.getByRole('button', { name: 'Take theirs for all' }).click();
    expect(await page.getByRole('radio', { name: 'Take theirs' }).isChecked()).toBe(true);
    await shot(page, 'import-bundle-diff');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Merge bundle' }).click();
    await page.getByText(/^Merged from-leeds.linchpin: 2 changes applied, as one step/).waitFor();
    // The new record and the change taken from the bundle: one command, one undo step.
    expect(await commands(page)).toEqual(['merge bundle from-leeds.linchpin']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('re-imports its own JSON export as nothing new, and names the element of a broken GraphML', async () => {
    const { page, problems } = await openHarness();
    await page.getByRole('button', { name: 'Export JSON' }).click();
    await page.getByText(/^Exported \d+ entities/).waitFor();
    const json = await page.evaluate(() => window.__importHarness!.saved[0]!.text!);
    await nextFile(page, 'again.json', json);
    await page.getByRole('button', { name: 'Import GraphML, GEXF, ANX or JSON…' }).click();
    await page
      .getByText(
        /again\.json: 0 entities, 0 links, 0 intelligence items are new\. \d+ records are already/,
      )
      .waitFor();
    await nextFile(
      page,
      'broken.graphml',
      '<?xml version="1.0"?><graphml><graph><node id="a"></graph>',
    );
    await page.getByRole('button', { name: 'Import GraphML, GEXF, ANX or JSON…' }).click();
    await page.getByRole('alert').filter({ hasText: 'The file cannot be imported.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Import new records' }).count()).toBe(0);
    expect(await commands(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('duplicates screen', () => {
  it('shows the planted duplicate with reasons, merges it, and dismisses it', async () => {
    const { page, problems } = await openHarness('?screen=dedupe');
    const queue = page.getByRole('navigation', { name: 'Pairs to review' });
    if (await queue.count())
      await queue
        .getByRole('button', { name: /Varrick/i })
        .first()
        .click();
    const pair = page.getByRole('region', { name: /Possible duplicate: .*Varrick/i });
    await pair.waitFor({ timeout: 30_000 });
    const reasons = await pair.getByRole('list', { name: 'Reasons' }).textContent();
    expect(reasons).toContain(
      'Same name once case, accents, punctuation and word order are set aside',
    );
    expect(reasons).toContain('Same date of birth (1989-03-14)');
    await shot(page, 'dedupe-review');
    expect(await axeViolations(page)).toEqual([]);
    await pair.getByRole('button', { name: 'Merge into “Anthony Varrick”' }).click();
    // Either outcome is shown at once; the text says which (the alert names a missing command).
    const outcome = page
      .getByRole('status')
      .or(page.getByRole('alert'))
      .filter({ hasText: /^Merged|Nothing was changed/ });
    await outcome.waitFor();
    expect(await outcome.textContent()).toBe('Merged “VARRICK Anthóny” into “Anthony Varrick”.');
    expect((await commands(page)).some((c) => /merge/i.test(c))).toBe(true);
    // This harness's store applies nothing: that the decision is kept is the real app's test
    // (disclosure.test.ts); here the screen asks for it as a command.
    await pair.getByRole('button', { name: 'Not a duplicate' }).click();
    await expect
      .poll(async () => (await commands(page)).some((c) => /not a duplicate/i.test(c)))
      .toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});
