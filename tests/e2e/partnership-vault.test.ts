/**
 * The partnership screens inside the real app, on the encrypted vault: a plan, two OCG scores, a
 * profile draft and a merge are saved through the store, survive a restart and unlock, never
 * reach the disk in clear, and a briefing steps through them. The screens' depth (exports, PDF,
 * what-if, hostile labels) is tested on the harness in partnership.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../../shared/demo';
import { openTab, launchApp, screenshot, type RunningApp } from './support/app';
import { axeViolations, createVault, E2E_PASSPHRASE } from './support/flows';
import { containsText, indexedDbFiles } from './support/raw-files';
import { scoreGroup } from './support/partnership';
import { someStoredId } from './support/profiles';

const demo = buildDemoWorkspace();
const LRO = 'DI Quillon Farthingale';
let app: RunningApp;

beforeAll(async () => {
  app = await launchApp();
});
afterAll(async () => {
  await app?.close();
});

describe('partnership outputs on the encrypted vault', () => {
  it('saves a plan, scores and a profile, keeps them sealed across a restart, and briefs', async () => {
    let page = app.page;
    await createVault(page, { demo: true });
    await page.getByRole('tab', { name: 'Map' }).waitFor({ timeout: 60_000 });

    await openTab(page, 'Plans');
    await page
      .getByLabel('Subject')
      .selectOption({ label: 'Tannerside Firm (Organised crime group)' });
    await page.getByLabel('Lead Responsible Officer').fill(LRO);
    await page.getByRole('button', { name: 'Create plan' }).click();
    await page.getByRole('heading', { name: 'Disruption plan: Tannerside Firm' }).waitFor();
    const form = page.getByRole('form', { name: 'Add an action' });
    await form.getByLabel('Tactic or power').selectOption('closure_notice');
    await form.getByLabel('Owner').fill('PS Ormerod');
    await form.getByLabel('Due date').fill('2027-01-15');
    await form.getByRole('button', { name: 'Add action' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('table', { name: /Actions by pillar/ })
          .locator('tbody tr')
          .count(),
      )
      .toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await openTab(page, 'Prioritisation');
    for (const [group, level] of [
      ['Tannerside Firm (OCG)', 5],
      ['Brennock family (OCG)', 2],
    ] as const)
      await scoreGroup(page, group, level);
    const ranked = page.getByRole('table', { name: /Ranked groups/ }).locator('tbody tr');
    // The demo brings scorings of its three OCGs; these two add to their history.
    await expect.poll(() => ranked.count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);

    await openTab(page, 'Profiles');
    await page.getByLabel(/^Subject/).selectOption({ label: 'Tannerside Firm (ocg)' });
    await page.getByRole('button', { name: 'New profile' }).click();
    await page.getByLabel('Agency name').fill('Kestrelford Council, Community Safety');
    await page.getByLabel("Recipient's role").fill('Community safety manager');
    await page.getByRole('button', { name: /^Save draft/ }).click();
    await page.getByRole('button', { name: 'Back to the list' }).click();
    await page.getByRole('table', { name: 'Saved profile drafts' }).waitFor();

    await openTab(page, 'Safeguarding');
    await page.getByRole('table', { name: /People to safeguard/ }).waitFor();
    await screenshot(page, 'partnership-vault-safeguarding');
    expect(await axeViolations(page)).toEqual([]);

    // A restart flushes IndexedDB to disk: the LRO's name must not be readable there.
    page = await app.restart();
    if (app.profileDir) {
      const raw = indexedDbFiles(app.profileDir);
      // Positive control: the ids (random per install) are the clear keys, so the scan sees one.
      expect(containsText(raw, await someStoredId(page))).toBe(true);
      expect(containsText(raw, LRO)).toBe(false);
      expect(containsText(raw, 'Kestrelford Council, Community Safety')).toBe(false);
    }
    await page.getByLabel('Vault passphrase').fill(E2E_PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('button', { name: `Open ${demo.workspace.name}` }).click();
    await page.getByRole('tab', { name: 'Map' }).waitFor({ timeout: 60_000 });

    await openTab(page, 'Plans');
    await page.getByText(LRO).first().waitFor();
    await openTab(page, 'Prioritisation');
    await expect
      .poll(() =>
        page
          .getByRole('table', { name: /Ranked groups/ })
          .locator('tbody tr')
          .count(),
      )
      .toBe(3);
    await screenshot(page, 'partnership-vault-prioritisation');

    await page.getByRole('button', { name: 'Start briefing' }).click();
    const dialog = page.getByRole('dialog', { name: /Briefing/ });
    await dialog.waitFor();
    await dialog.getByText('Slide 1 of 1').waitFor();
    await dialog
      .frameLocator('iframe')
      .getByRole('heading', { name: 'Redaction record' })
      .waitFor();
    await screenshot(page, 'partnership-vault-briefing');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // Locking ends the briefing with everything else: nothing of the workspace stays on screen.
    await page.getByRole('button', { name: 'Start briefing' }).click();
    await dialog.waitFor();
    await page.keyboard.press('Control+L');
    await page.getByRole('heading', { name: 'Linchpin is locked' }).waitFor();
    expect(await page.getByText('Tannerside Firm').count()).toBe(0);
  });
});
