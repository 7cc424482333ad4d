/**
 * Files from real tools through the REAL app's import screen (launchApp + the demo vault, clicks
 * and keys only): a messy 50-row spreadsheet whose report lists every row; yEd, Gephi, networkx,
 * igraph, TinkerPop and three kinds of i2 chart; call records with A/B numbers; and our own ANX
 * export imported into a new workspace. Screenshots at 1366x768 and 1440x900.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotsAtBothSizes, launchApp, REPO, type RunningApp } from './support/app';
import { axeViolations, createVault } from './support/flows';
import { watchProblems } from './support/problems';

const graphSection = (page: Page) => page.getByRole('region', { name: 'Charts and graph files' });
const cdrSection = (page: Page) => page.getByRole('region', { name: 'Call data records' });
const sheetSection = (page: Page) =>
  page.getByRole('region', { name: 'Spreadsheet (CSV or Excel)' });

const FIXTURES = join(REPO, 'tests/fixtures/formats');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

async function choose(page: Page, button: string, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

let app: RunningApp;
let problems: string[];
beforeAll(async () => {
  app = await launchApp();
  problems = watchProblems(app.page);
  await createVault(app.page, { demo: true });
  await app.page.getByRole('tab', { name: 'Import and export' }).click();
}, 120_000);
afterAll(async () => {
  await app?.close();
});

describe('a messy spreadsheet through the import wizard', () => {
  it('reports every one of 50 rows: created, matched (and which record), joined, refused and flagged', async () => {
    const { page } = app;
    await choose(page, 'Choose spreadsheet…', 'messy-50.csv', fixture('messy-50.csv'));
    await page.getByRole('table', { name: /messy-50\.csv: first 20 of 50 rows/ }).waitFor();
    await page.getByLabel('entity1: label', { exact: true }).selectOption('Name');
    await page
      .getByLabel('entity1: identity (rows with the same value are one nominal)', { exact: true })
      .selectOption('Ref');
    await page.getByLabel('entity1: Date of birth', { exact: true }).selectOption('DOB');
    await page.getByRole('button', { name: 'Add entity' }).click();
    await page.getByLabel('entity2: Number', { exact: true }).selectOption('Mobile');
    await page.getByRole('button', { name: 'Add link' }).click();
    await page.getByLabel('Link 1: kind', { exact: true }).selectOption('uses_phone');
    await page.getByLabel('Link 1: first seen', { exact: true }).selectOption('Seen');
    await page.getByLabel('Link 1: grade (e.g. 2B P)', { exact: true }).selectOption('Grade');
    await page.getByRole('button', { name: 'Check all rows' }).click();

    const report = page.getByRole('region', { name: 'Import report by row' });
    await report.waitFor();
    const rows = report.locator('tbody tr');
    expect(await rows.count()).toBe(50);
    const counts = await page.getByRole('list', { name: 'Rows by outcome' }).textContent();
    expect(counts).toContain('50 rows');
    expect(counts).toContain('7 match records already here');
    expect(counts).toContain('3 refused');
    expect(counts).toMatch(/[1-9]\d* join an earlier row/);
    expect(counts).toMatch(/[6-9] flagged/);
    const row = async (n: number) =>
      (await report
        .getByRole('row', { name: new RegExp(`^${n} `) })
        .first()
        .textContent()) ?? '';
    expect(await row(5)).toContain(
      'Matches phone / deal line “Tony line (2024)” already in the workspace',
    );
    expect(await row(13)).toMatch(/Name" cell starts like a spreadsheet formula \(=HYPERLINK/);
    expect(await row(14)).toMatch(/Notes" cell starts like a spreadsheet formula \(=cmd\|/);
    expect(await row(13)).toContain('(flagged)');
    expect(await row(12)).toMatch(/identity column "Ref" is blank/);
    expect(await row(42)).toMatch(/Same nominal as row 7/);
    expect(await row(46)).toMatch(/Refused.*"31\/02\/1995" is not a real date/);
    expect(await row(47)).toMatch(/Refused.*"not a number" is not a phone number/);
    expect(await row(48)).toMatch(/Refused.*"9Z X" is not a 3x5x2 grade/);
    expect(await page.getByRole('button', { name: 'Import all rows' }).isDisabled()).toBe(true);
    await page.getByLabel('Only refused and flagged rows').check();
    await page.getByText('10 refused or flagged rows of 50').waitFor();
    expect(await rows.count()).toBe(10);
    await page
      .getByRole('heading', { name: 'Import report' })
      .evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await screenshotsAtBothSizes(page, 'import-report-messy-50');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('imports the corrected file with the workspace marking, the batch grade, review date and provenance', async () => {
    const { page } = app;
    const fixed = fixture('messy-50.csv')
      .toString('utf8')
      .replace('31/02/1995', '28/02/1995')
      .replace('not a number', '07700 900545')
      .replace('9Z X', '2B P');
    await choose(page, 'Choose spreadsheet…', 'messy-50-fixed.csv', Buffer.from(fixed));
    await page.getByRole('table', { name: /messy-50-fixed\.csv: first 20 of 50 rows/ }).waitFor();
    await page.getByRole('button', { name: 'Check all rows' }).click();
    await page
      .getByText(/^All 50 rows are valid: \d+ new entities and \d+ links are ready to import\.$/)
      .waitFor();
    expect(
      await sheetSection(page).getByText('Imported records are marked OFFICIAL-SENSITIVE').count(),
    ).toBe(1);
    await sheetSection(page).getByLabel('Review date for the imported records').fill('2026-06-30');
    // A new intelligence item needs its grade: refused until given.
    await page.getByRole('button', { name: 'Import all rows' }).click();
    await page.getByText('A new intelligence item needs its 3x5x2 grade.').waitFor();
    await sheetSection(page).getByLabel('Source evaluation').selectOption('2');
    await sheetSection(page).getByLabel('Intelligence assessment').selectOption('B');
    await sheetSection(page).getByLabel('Handling code').selectOption('P');
    await sheetSection(page).getByLabel('Reference', { exact: true }).fill('PARTNER/24/050');
    await screenshotsAtBothSizes(page, 'import-batch-details');
    await page.getByRole('button', { name: 'Import all rows' }).click();
    await page
      .getByText(/^Imported \d+ entities and \d+ links from messy-50-fixed\.csv\.$/)
      .waitFor({ timeout: 60_000 });
    expect(problems).toEqual([]);
  });
});

const GRAPH_FILES: [string, number, number][] = [
  ['yed-desktop.graphml', 6, 6],
  ['yed-live.graphml', 5, 5],
  ['gephi.graphml', 2, 1],
  ['gephi-0.7.gexf', 3, 2],
  ['gephi-0.8-selfloops.gexf', 12, 11],
  ['gephi-0.9.gexf', 3, 3],
  ['gephi-0.10.gexf', 4, 5],
  ['gexf-1.1-dynamic.gexf', 3, 3],
  ['latin1.gexf', 3, 2],
  ['networkx.graphml', 4, 3],
  ['networkx.gexf', 4, 4],
  ['igraph.graphml', 4, 4],
  ['tinkerpop.graphml', 3, 3],
  ['graph-tool.graphml', 3, 2],
  ['lumify-style.anx', 4, 3],
  ['snagl-style.anx', 3, 3],
];

async function importGraphFile(
  page: Page,
  name: string,
  buffer: Buffer,
  nodes: number,
  links: number,
) {
  await choose(page, 'Import GraphML, GEXF, ANX or JSON…', name, buffer);
  const summary = page.getByRole('status').filter({ hasText: `${name}:` });
  await summary.waitFor();
  expect(await summary.textContent()).toMatch(
    new RegExp(
      `^${name.replace('.', '\\.')}: ${nodes} entit(y|ies), ${links} links?, \\d+ intelligence items? are new\\.`,
    ),
  );
  await graphSection(page).getByRole('radio', { name: 'No intelligence item' }).check();
  await graphSection(page).getByRole('button', { name: 'Import new records' }).click();
  await page
    .getByText(
      new RegExp(
        `^Imported ${nodes} entit(y|ies), ${links} links?, \\d+ intelligence items? from ${name.replace('.', '\\.')}\\.$`,
      ),
    )
    .waitFor({ timeout: 30_000 });
}

describe('files from other tools through the same screen', () => {
  it.each(GRAPH_FILES)('imports %s: %i entities, %i links', async (name, nodes, links) => {
    await importGraphFile(app.page, name, fixture(name), nodes, links);
  });

  it('says what it dropped (eleven self-loops) before importing', async () => {
    const { page } = app;
    await choose(
      page,
      'Import GraphML, GEXF, ANX or JSON…',
      'again.gexf',
      fixture('gephi-0.8-selfloops.gexf'),
    );
    const dropped = graphSection(page).getByRole('region', {
      name: 'What was left out or changed',
    });
    await dropped.waitFor();
    expect(await dropped.textContent()).toMatch(
      /11 self-loops \(a link from an entity to itself\) were dropped/,
    );
    expect(await dropped.textContent()).toMatch(
      /2 numbers written as "null" or left blank were read as no value/,
    );
    await dropped.evaluate((r) => r.scrollIntoView({ block: 'start' }));
    await screenshotsAtBothSizes(page, 'import-warnings');
  });

  it('maps an ANB chart’s entity types to kinds, the analyst choosing, then imports', async () => {
    const { page } = app;
    await choose(
      page,
      'Import GraphML, GEXF, ANX or JSON…',
      'anb-style.anx',
      fixture('anb-style.anx'),
    );
    const types = page.getByRole('region', { name: 'Entity types of the chart' });
    await types.waitFor();
    expect(await page.getByLabel('Kind for Drug Dealer').inputValue()).toBe('nominal');
    expect(await page.getByLabel('Kind for Safe House').inputValue()).toBe('location');
    expect(await page.getByLabel('Kind for Meeting').inputValue()).toBe('other');
    await page
      .getByText(/anb-style\.anx: 6 entities, 3 links, 1 intelligence item are new/)
      .waitFor();
    await page.getByLabel('Kind for Text Block').selectOption('skip');
    await page
      .getByText(/anb-style\.anx: 5 entities, 3 links, 1 intelligence item are new/)
      .waitFor();
    await page
      .getByRole('heading', { name: 'Charts and graph files' })
      .evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await screenshotsAtBothSizes(page, 'import-anx-type-mapping');
    expect(await axeViolations(page)).toEqual([]);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save type mapping…' }).click();
    const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
      types: Record<string, string>;
    };
    expect(saved.types).toMatchObject({ 'Text Block': 'skip', 'Drug Dealer': 'nominal' });
    await graphSection(page).getByRole('radio', { name: 'No intelligence item' }).check();
    await graphSection(page).getByRole('button', { name: 'Import new records' }).click();
    await page
      .getByText(/^Imported 5 entities, 3 links, 1 intelligence item from anb-style\.anx\.$/)
      .waitFor();
  });

  it('shows the source attributes on the map’s inspector, under their own names, and an i2 type kept on an "other" entity', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Map' }).click();
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('Jaxon Reeve');
    await page
      .getByRole('option', { name: /Jaxon Reeve/ })
      .first()
      .waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Jaxon Reeve (fictional)' }).first().waitFor();
    await expect.poll(() => page.getByText('Imported: risk').count()).toBeGreaterThan(0);
    const facts = (await page.locator('body').textContent()) ?? '';
    expect(facts).toMatch(/Imported: risk\s*Infinity/);
    expect(facts).toMatch(/Imported: gender\s*Yes/);
    expect(facts).toMatch(/Imported: phone\s*07700 900101/);
    await screenshotsAtBothSizes(page, 'import-inspector-imported', () =>
      page
        .getByText('Imported: risk')
        .first()
        .evaluate((el) => el.scrollIntoView({ block: 'center' })),
    );

    await search.fill('Meeting at the car');
    await page
      .getByRole('option', { name: /Meeting at the car wash/ })
      .first()
      .waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Meeting at the car wash' }).first().waitFor();
    expect((await page.locator('body').textContent()) ?? '').toMatch(
      /Type \(from the source\)\s*Meeting/,
    );
    await screenshotsAtBothSizes(page, 'import-inspector-other-kind');
    await page.getByRole('tab', { name: 'Import and export' }).click();
  });

  it('maps call records with A and B numbers, separate date and time, m:ss; drops the self-call and says so', async () => {
    const { page } = app;
    await choose(page, 'Choose call records…', 'cdr-a-b-number.csv', fixture('cdr-a-b-number.csv'));
    await page.getByRole('table', { name: /cdr-a-b-number\.csv: first 8 of 8 rows/ }).waitFor();
    expect(await page.getByLabel('Caller (A number) (needed)').inputValue()).toBe('A Number');
    expect(await page.getByLabel('Date (when apart from the time)').inputValue()).toBe('Call Date');
    expect(await page.getByLabel('Time (when apart from the date)').inputValue()).toBe(
      'Start Time',
    );
    expect(await page.getByLabel('Duration (seconds or m:ss)').inputValue()).toBe(
      'Duration (mm:ss)',
    );
    await page.getByRole('button', { name: 'Check call records' }).click();
    const summary = page.locator('dl[aria-label="Call records summary"]');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('New phones4');
    expect(
      await cdrSection(page)
        .getByRole('region', { name: 'What was left out or changed' })
        .textContent(),
    ).toMatch(/1 row recorded a number calling itself/);
    await screenshotsAtBothSizes(page, 'import-call-records-mapping');
    expect(await axeViolations(page)).toEqual([]);
    await cdrSection(page).getByRole('radio', { name: 'No intelligence item' }).check();
    await cdrSection(page).getByRole('button', { name: 'Import call records' }).click();
    await page
      .getByText(/^Imported 4 phones and 5 call links from cdr-a-b-number\.csv\.$/)
      .waitFor();
  });

  it('imports our own ANX export into a new workspace with fresh ids (nothing already in the vault)', async () => {
    const { page } = app;
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export i2 Analyst’s Notebook (ANX)' }).click();
    const anx = readFileSync(await (await download).path());
    const counts = /(\d+) entities · (\d+) links/.exec(
      (await page.locator('.workspace-heading .counts').textContent()) ?? '',
    );
    await page.getByRole('button', { name: 'Workspaces', exact: true }).click();
    await page.getByLabel('New workspace name').fill('Operation Kestrel');
    await page.getByRole('button', { name: 'Create workspace', exact: true }).click();
    await page.getByRole('button', { name: 'Open Operation Kestrel' }).click();
    await page.getByRole('tab', { name: 'Import and export' }).click();
    await importGraphFile(page, 'workspace.anx', anx, Number(counts?.[1]), Number(counts?.[2]));
    expect(problems).toEqual([]);
  });
});
