/**
 * Issue 14's "Done when", in the real app on the fictional demo, by clicks and keys only: an LRO
 * opens the plan of every group and sees its orders with deadlines, adds a DDTRO against a deal
 * line and follows it to "granted", records an NRM referral for a child, sees the cuckooed
 * addresses on their register and on the map, and produces the board pack as HTML and as PDF,
 * marked top and bottom of every page (read back with pdftotext, drawn with pdftoppm). Screens
 * are captured at 1366x768 and 1440x900.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../../shared/demo';
import { applyFilters, toGraph } from '../../shared/graph';
import { registerEntityIds, registerFilter } from '../../shared/registers';
import { openTab, screenshotsAtBothSizes, launchApp, REPO, type RunningApp } from './support/app';
import { axeViolations, createVault } from './support/flows';

const demo = buildDemoWorkspace();
const GROUPS = ['Brennock family', 'Cinderlane Youngers', 'Mardle Street Group', 'Tannerside Firm'];
const SHOTS = join(REPO, 'tests/e2e/screenshots');
let app: RunningApp;

beforeAll(async () => {
  app = await launchApp();
});
afterAll(async () => {
  await app?.close();
});

describe('what an LRO and the partnership board work from (issue 14)', () => {
  it('plans with orders and deadlines, a DDTRO to granted, an NRM referral, the registers and the board pack', async () => {
    const page = app.page;
    await createVault(page, { demo: true });
    await page.getByRole('tab', { name: 'Map' }).waitFor({ timeout: 60_000 });

    // Every group's plan, with its band, orders and deadlines.
    await openTab(page, 'Plans');
    const plans = page.getByRole('list', { name: 'Plans' });
    for (const group of GROUPS) {
      await plans.getByRole('button', { name: new RegExp(`^${group} \\(LRO`) }).click();
      await page.getByRole('heading', { name: `Disruption plan: ${group}` }).waitFor();
      await page.getByText(/^Priority band: /).waitFor();
    }
    await plans.getByRole('button', { name: /^Tannerside Firm/ }).click();
    await page.getByText('Priority band: High').waitFor();
    const orders = page.getByRole('table', { name: 'Orders and notices of this plan' });
    await expect.poll(() => orders.locator('tbody tr').count()).toBe(4);
    expect(await orders.textContent()).toMatch(/Closure order.*Breached/);
    const deadlines = page.getByRole('table', { name: /Statutory deadlines and reminders/ });
    expect(await deadlines.textContent()).toMatch(/Appeal period/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshotsAtBothSizes(page, 'board-' + 'plan');

    // A DDTRO against the 2026 Tony line, followed from draft to granted.
    const form = page.getByRole('form', { name: 'Add an order or notice' });
    await form.getByLabel('Power').selectOption('ddtro');
    expect(await form.getByLabel('Lead agency type').inputValue()).toBe('police');
    await form.getByLabel(/^Binds/).selectOption({ label: 'Tony line (2026) (Phone / deal line)' });
    await form.getByRole('button', { name: 'Add as draft' }).click();
    await expect.poll(() => orders.locator('tbody tr').count()).toBe(5);
    const step = page.getByRole('form', { name: 'Record the next step' });
    await step.getByLabel('New status').selectOption('applied');
    await step.getByLabel('Date').fill('2026-11-24');
    await step.getByRole('button', { name: 'Record step' }).click();
    const row = orders.locator('tbody tr', { hasText: 'Tony line (2026)' });
    await row.getByText('Applied for').waitFor();
    await step.getByLabel('New status').selectOption('granted');
    await step.getByLabel('Date').fill('2026-11-26');
    await step.getByRole('button', { name: 'Record step' }).click();
    await step.getByRole('alert').getByText('Name the court or committee that decided.').waitFor();
    await step.getByLabel('Court or committee').fill('Ravensholt County Court');
    await step.getByLabel('Reference').fill('DDT-2026-121');
    await step.getByRole('button', { name: 'Record step' }).click();
    await row.getByText('Granted').waitFor();
    expect(await row.textContent()).toMatch(/Ravensholt County Court, DDT-2026-121/);
    expect(await row.textContent()).toMatch(/Communications provider complies/);
    await orders.scrollIntoViewIfNeeded();
    await screenshotsAtBothSizes(page, 'board-' + 'ddtro-granted');

    // An NRM referral for a child, on the Safeguarding screen.
    await openTab(page, 'Safeguarding');
    const sg = page.getByRole('form', { name: 'Record a referral, notice or episode' });
    await sg.getByLabel('What').selectOption('nrm_referral');
    await sg.getByLabel('Person').selectOption({ label: 'Tyler Banfield' });
    await sg.getByText('A child is referred without consent.').waitFor();
    await sg.getByLabel('Referred on').fill('2026-11-30');
    await sg.getByLabel('First responder organisation').fill('Kestrelford Police');
    await sg.getByLabel('Reference').fill('NRM-26-30112');
    await sg.getByRole('button', { name: 'Record' }).click();
    await sg
      .getByRole('status')
      .getByText('National Referral Mechanism referral recorded for Tyler Banfield.')
      .waitFor();
    const records = page.getByRole('table', { name: 'Safeguarding records by person' });
    await records
      .getByText(/NRM referral by Kestrelford Police on 2026-11-30 \(NRM-26-30112\)/)
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole('heading', { name: 'Referrals, notices and missing episodes' })
      .scrollIntoViewIfNeeded();
    await screenshotsAtBothSizes(page, 'board-' + 'safeguarding');

    // The cuckooed addresses on their register, and the deal lines on theirs.
    await openTab(page, 'Cuckooed addresses');
    const register = page.getByRole('table', { name: 'Cuckooed addresses' });
    await expect.poll(() => register.locator('tbody tr').count()).toBe(2);
    expect(await register.locator('tbody tr').first().textContent()).toMatch(
      /14 Pellow Court.*Maureen Threlfall.*Closure order: Breached.*Kestrelford Homes/,
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshotsAtBothSizes(page, 'board-' + 'cuckooed-register');
    await openTab(page, 'Deal lines');
    const lines = page.getByRole('table', { name: 'Deal lines' });
    expect(await lines.locator('tbody tr', { hasText: 'Tony line' }).textContent()).toMatch(
      /\+447700900101, \+447700900102.*Dane Kilbride/,
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshotsAtBothSizes(page, 'board-' + 'deal-line-register');

    // ...and on the map, through the register filter.
    await openTab(page, 'Map');
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await page.getByLabel('Register').selectOption('cuckooed_address');
    await page
      .getByText('Filtered: cuckooed addresses and what is linked to them.', { exact: true })
      .waitFor();
    await page.waitForTimeout(1500);
    await screenshotsAtBothSizes(page, 'board-' + 'map-cuckooed-filter');
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Table' }).click();
    const graph = toGraph(demo.entities, demo.links);
    const expected = applyFilters(graph, [
      registerFilter(registerEntityIds('cuckooed_address', demo.entities, demo.links)),
    ]).entityIds.size;
    await page.getByRole('table', { name: `Entities (${expected})` }).waitFor();
    await page.getByText('14 Pellow Court').first().waitFor();

    // The demo's duplicate candidates, so the Duplicates screen has work to show too.
    await openTab(page, 'Duplicates');
    await page
      .getByRole('status')
      .getByText(/^\d+ possible duplicate pairs? to review/)
      .waitFor({ timeout: 30_000 });
    await screenshotsAtBothSizes(page, 'board-' + 'duplicates');

    // The board pack for the November meeting, as HTML and as PDF, marked on every page.
    await openTab(page, 'Board');
    await page.getByRole('heading', { name: 'Board pack for 2026-11-03' }).waitFor();
    const frame = page.frameLocator('iframe[title="Board pack preview for 2026-11-03"]');
    await frame.getByRole('heading', { name: 'Groups and their plans' }).waitFor();
    expect(await frame.locator('table.summary tbody tr').count()).toBe(4);
    expect(await axeViolations(page)).toEqual([]);
    await screenshotsAtBothSizes(page, 'board-' + 'board');

    const dir = mkdtempSync(join(tmpdir(), 'linchpin-board-'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export board pack as HTML' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('board-pack-2026-11-03.html');
    const htmlPath = join(dir, 'pack.html');
    await download.saveAs(htmlPath);
    const html = readFileSync(htmlPath, 'utf8');
    expect(html.match(/class="marking[^"]*">OFFICIAL-SENSITIVE</g)).toHaveLength(4);
    for (const e of demo.entities.filter((x) => x.kind === 'nominal'))
      expect(html.includes(e.label), e.label).toBe(false);
    await page
      .getByRole('status')
      .getByText('Board pack exported as HTML and recorded in the disclosure log.')
      .waitFor();

    // Headless Chromium has no print dialog to drive: the test stands in for it. It notes the
    // app's call to window.print and makes the PDF with page.pdf, as "Save as PDF" would.
    await page.evaluate(() => {
      const w = window as unknown as { print: () => void; __prints?: number };
      w.print = () => void (w.__prints = (w.__prints ?? 0) + 1);
    });
    await page.getByRole('button', { name: 'Export board pack as PDF' }).click();
    await page
      .getByRole('status')
      .getByText(/print dialog made the PDF/)
      .waitFor();
    expect(await page.evaluate(() => (window as unknown as { __prints?: number }).__prints)).toBe(
      1,
    );
    const pdfPath = join(dir, 'pack.pdf');
    await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
    await page.getByRole('button', { name: 'Yes, the PDF was saved or sent' }).click();
    await page.getByRole('status').getByText('PDF recorded in the disclosure log.').waitFor();
    const log = page.getByRole('table', { name: 'Disclosure log of this board pack' });
    expect(await log.locator('tbody tr').allTextContents()).toEqual([
      expect.stringMatching(/DC Test Analyst.*HTML.*OFFICIAL-SENSITIVE/),
      expect.stringMatching(/DC Test Analyst.*PDF.*OFFICIAL-SENSITIVE/),
    ]);

    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p) => p.trim().length > 0);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) {
      const lines = p.split('\n').filter((l) => l.trim());
      expect(lines[0]).toContain('OFFICIAL-SENSITIVE');
      expect(lines.slice(-3).join(' ')).toContain('OFFICIAL-SENSITIVE');
      expect(lines.at(-1)).toMatch(/Page \d+ of \d+/);
    }
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, join(SHOTS, 'board-pack-pdf')]);
  });
});
