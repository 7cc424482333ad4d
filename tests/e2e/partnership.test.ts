/**
 * The partnership screens in Debian's Chromium, on the demo in renderer/dev/partnership-harness
 * (its map and partnership records, as the app loads them):
 * a profile of the main OCG exported as HTML (opened again with hostile markup in it: nothing
 * runs) and as PDF (rendered with pdftoppm, marking checked on every page with pdftotext), a 4P
 * plan with actions and the what-if, two OCGs scored, the safeguarding view, a MoPI decision and
 * a briefing stepped with the arrow keys. Screenshots go to tests/e2e/screenshots/.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from './support/app';
import { shot, startDevHarness, type DevHarness } from './support/dev-harness';
import { axeViolations } from './support/flows';
import { scoreGroup } from './support/partnership';

let harness: DevHarness;
const HOSTILE =
  '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><a href="javascript:window.__pwned=3">x</a>';

const open = (query: string) =>
  harness.open('partnership-harness.html', query, (page) =>
    page.getByRole('heading', { name: /partnership harness/ }).waitFor({ timeout: 120_000 }),
  );

/** Reads the harness hook by a property path such as `saved.length`. */
const hook = <T>(page: Page, path: string) =>
  page.evaluate(`window.__partnershipHarness.${path}`) as Promise<T>;

beforeAll(async () => {
  harness = await startDevHarness();
  const { page } = await open('');
  await page.close();
});

afterAll(async () => {
  await harness?.close();
});

describe('partnership screens (demo workspace)', () => {
  it('builds, previews and exports a profile of the main OCG, then briefs it', async () => {
    const { page, problems } = await open('?hostile=1&screen=profiles');
    await page.getByLabel(/^Subject/).selectOption({ label: 'Tannerside Firm (ocg)' });
    await page.getByRole('button', { name: 'New profile' }).click();
    await page.getByLabel('Type of agency').selectOption('council_community_safety');
    await page.getByLabel('Agency name').fill('Kestrelford Council, Community Safety');
    await page.getByLabel("Recipient's role").fill('Community safety manager');
    await page.getByLabel('Title (optional)').fill(`Tannerside Firm ${HOSTILE}`);
    await page
      .getByLabel('Your words for Summary and identifiers')
      .fill(`Prepared for the board. ${HOSTILE}`);
    await page
      .getByLabel('Purpose of the disclosure')
      .fill('Partnership board: disruption of the OCG.');
    await page.getByLabel('Information-sharing agreement reference').fill('KF-ISA-2026-01');
    await page.getByLabel('Destroy by').fill('2027-11-01');
    await page.getByRole('button', { name: 'Move up Key measures' }).press('Enter');
    await expect
      .poll(() => page.locator('.section-list > li strong').nth(2).textContent())
      .toBe('3. Key measures');
    const frame = page.frameLocator('iframe.profile-frame');
    await frame.getByRole('heading', { name: 'Redaction record' }).waitFor();
    await expect
      .poll(() => frame.locator('#section-measures').textContent())
      .toMatch(/Betweenness/);
    await shot(page, 'partnership-profile-preview');
    expect(await axeViolations(page)).toEqual([]);

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('button', { name: 'Export HTML' }).click();
    await expect.poll(() => hook(page, 'saved.length')).toBe(1);
    const saved = await hook<{ name: string; data: string }>(page, 'saved[0]');
    expect(saved.name).toMatch(/^profile-2026-11-01-ocg-[0-9a-f]{6}\.html$/);
    await page.getByRole('table', { name: 'Disclosure log of this profile' }).waitFor();

    // The exported file on its own, as a partner would open it: nothing in it may run.
    const reader = await harness.browser.newPage();
    const dir = mkdtempSync(join(tmpdir(), 'linchpin-profile-'));
    writeFileSync(join(dir, saved.name), saved.data);
    await reader.goto(`file://${join(dir, saved.name)}`);
    expect(
      await reader.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await reader.locator('script, [onerror], a[href^="javascript"]').count()).toBe(0);
    expect(await reader.locator('h1').textContent()).toContain('<script>');
    expect(await reader.locator('.marking').first().textContent()).toMatch(/^OFFICIAL/);
    await reader.close();

    await page.getByRole('button', { name: 'Export PDF' }).click();
    await expect.poll(() => hook(page, 'printing')).toBe(true);
    const printView = page.getByTestId('profile-print');
    expect(await printView.locator('script, [onerror], a[href^="javascript"]').count()).toBe(0);
    expect(await printView.locator('h1').textContent()).toContain('<script>');
    const pdfPath = join(dir, 'profile.pdf');
    await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
    await page.evaluate(() => window.__partnershipHarness!.finishPrint(true));
    // The browser's print dialog cannot say whether a file was made: the analyst confirms.
    await page.getByRole('button', { name: 'Yes, it was sent: log the disclosure' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'recorded in the disclosure log as sent' })
      .waitFor();
    const marking = (await hook<string | undefined>(page, 'prints[0].marking')) ?? '';
    expect(marking).toMatch(/^OFFICIAL/);
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p) => p.trim().length > 0);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) {
      const lines = p.split('\n').filter((l) => l.trim());
      expect(lines[0]).toContain(marking);
      expect(lines.at(-1)).toMatch(/Page \d+ of \d+/);
      expect(lines.slice(-3).join(' ')).toContain(marking);
    }
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      pdfPath,
      join(REPO, 'tests/e2e/screenshots/partnership-profile-pdf'),
    ]);
    expect(
      await page
        .locator('table[aria-label], caption')
        .filter({ hasText: 'Disclosure log' })
        .count(),
    ).toBe(1);
    await expect
      .poll(() => page.locator('table:has(caption:text("Disclosure log")) tbody tr').count())
      .toBe(2);

    // Briefing: the saved view, then the profile, with the marking top and bottom of each slide.
    // Back in the list, the draft shows both disclosures, and opens again as it was saved.
    await page.getByRole('button', { name: 'Back to the list' }).click();
    const drafts = page.getByRole('table', { name: 'Saved profile drafts' });
    expect(await drafts.locator('tbody tr td').nth(2).textContent()).toBe('2');
    await drafts.getByRole('button', { name: /^Open/ }).click();
    expect(await page.getByLabel('Agency name').inputValue()).toBe(
      'Kestrelford Council, Community Safety',
    );
    expect(await page.locator('.section-list > li strong').nth(2).textContent()).toBe(
      '3. Key measures',
    );
    // Opening a profile (new, then again from the list) is logged as a view each time.
    expect(
      await hook(
        page,
        "audit.filter((e) => e.action === 'view' && e.subject === 'profile').length",
      ),
    ).toBe(2);
    await page.getByRole('button', { name: 'Start briefing' }).click();
    const dialog = page.getByRole('dialog', { name: /Briefing/ });
    await dialog.waitFor();
    await dialog.getByRole('heading', { name: /Saved view/ }).waitFor();
    expect(await dialog.locator('.briefing-marking').count()).toBe(2);
    await shot(page, 'partnership-briefing-view', false);
    await page.keyboard.press('ArrowRight');
    await dialog.getByText('Slide 2 of 2').waitFor();
    await dialog
      .frameLocator('iframe')
      .getByRole('heading', { name: 'Redaction record' })
      .waitFor();
    await shot(page, 'partnership-briefing-profile', false);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowLeft');
    await dialog.getByText('Slide 1 of 2').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await hook(page, 'exits')).toBe(1);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('creates a 4P plan with actions, shows overdue ones and runs the what-if', async () => {
    const { page, problems } = await open('?screen=plans');
    await page
      .getByLabel('Subject')
      .selectOption({ label: 'Tannerside Firm (Organised crime group)' });
    await page.getByLabel('Lead Responsible Officer').fill('DI Hale');
    await page.getByRole('button', { name: 'Create plan' }).click();
    await page.getByRole('heading', { name: 'Disruption plan: Tannerside Firm' }).waitFor();

    const form = page.getByRole('form', { name: 'Add an action' });
    await form.getByLabel('Tactic or power').selectOption('serious_crime_prevention_order');
    await form
      .getByLabel(/^Targets on the map/)
      .selectOption([
        { label: 'Anthony Varrick (Nominal (person))' },
        { label: 'Dane Kilbride (Nominal (person))' },
      ]);
    await form.getByLabel('Owner').fill('DS Byrne');
    await form.getByLabel('Due date').fill('2026-10-15');
    await form.getByRole('button', { name: 'Add action' }).click();
    await page.getByText('Overdue: 1 action(s) are past their due date.').waitFor();

    await form.getByLabel('Pillar').selectOption('protect');
    await form.getByLabel('Tactic or power').selectOption('nrm_referral');
    await form.getByLabel('Owner').fill('PC Lamb');
    await form.getByLabel('Due date').fill('2026-12-01');
    await form.getByRole('button', { name: 'Add action' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('table', { name: /Actions by pillar/ })
          .locator('tbody tr')
          .count(),
      )
      .toBe(2);
    const progress = page.getByRole('table', { name: 'Progress by pillar' });
    expect(await progress.getByRole('row', { name: /Pursue/ }).textContent()).toContain(
      '1 overdue',
    );

    // A partner power the catalogue lacks, added once, offered for every plan's actions.
    const tacticForm = page.getByRole('form', { name: 'Add a tactic to the catalogue' });
    await tacticForm.getByLabel('Name of the tactic or power').fill('Dispersal order');
    await tacticForm.getByRole('button', { name: 'Add tactic' }).click();
    await form.getByLabel('Pillar').selectOption('pursue');
    await expect
      .poll(() =>
        form
          .getByLabel('Tactic or power')
          .locator('option', { hasText: 'Dispersal order' })
          .count(),
      )
      .toBe(1);

    await page.getByRole('button', { name: 'Run what-if' }).click();
    await page.getByText(/Separate parts: \d+ before, \d+ after/).waitFor({ timeout: 60_000 });
    await shot(page, 'partnership-plan');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('scores two OCGs and ranks them, with the disclaimer in plain view', async () => {
    const { page, problems } = await open('?screen=prioritisation');
    await page.getByText(/not the national OCG Mapping \(OCGM\) tool/).waitFor();
    const score = (group: string, level: number) =>
      scoreGroup(page, group, level, `Board meeting, ${group}`);
    await score('Tannerside Firm (OCG)', 5);
    await score('Brennock family (OCG)', 3);
    const ranking = page.getByRole('table', { name: /Ranked groups/ });
    const rows = ranking.locator('tbody tr');
    // The demo's own scorings (as in the app) rank Mardle Street too; the new ones supersede.
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.nth(0).textContent()).toMatch(/^1Tannerside Firm100High/);
    expect(await rows.filter({ hasText: 'Brennock family' }).textContent()).toMatch(
      /^\dBrennock family50Medium/,
    );
    await ranking.getByRole('button', { name: 'History of Tannerside Firm' }).click();
    await page.getByRole('table', { name: /Scoring history of Tannerside Firm/ }).waitFor();
    await shot(page, 'partnership-prioritisation');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('lists the people to safeguard with their exposure, and records a MoPI decision', async () => {
    const { page, problems } = await open('?screen=safeguarding');
    const table = page.getByRole('table', { name: /People to safeguard/ });
    await table.waitFor();
    await expect
      .poll(() => table.getByText(/steps from|Directly linked to/).count(), { timeout: 60_000 })
      .toBeGreaterThan(0);
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(3);
    expect(await table.getByText(/^Victim/).count()).toBeGreaterThan(0);
    await shot(page, 'partnership-safeguarding');
    expect(await axeViolations(page)).toEqual([]);

    await page
      .getByRole('navigation', { name: 'Screens' })
      .getByRole('button', { name: 'Review' })
      .click();
    const due = page.getByRole('table', { name: /due for review/ });
    const before = await due.locator('tbody tr').count();
    expect(before).toBeGreaterThan(0);
    await due
      .getByRole('button', { name: /^Review/ })
      .first()
      .click();
    await page
      .getByLabel('Reason')
      .fill('Still linked to the Tony line; retain for the current operation.');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText(/Decision recorded for .*: retain\./).waitFor();
    const decided = page.getByRole('table', { name: /Decisions recorded/ }).locator('tbody tr');
    await expect.poll(() => decided.count()).toBe(1);
    // The decision names the record reviewed, and the record leaves the due list until next year.
    expect(await decided.first().textContent()).toMatch(
      /14 Pellow CourtRetain2027-11-01A\. Analyst/,
    );
    expect(await due.locator('tbody tr').count()).toBe(before - 1);
    await shot(page, 'partnership-review');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
