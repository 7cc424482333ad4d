/**
 * Someone with a copy of the laptop's disk and no passphrase (issue 11): each attack is made on a
 * copy of a real Chromium profile that holds the vault with the fictional demo, then the app is
 * opened on that copy as the analyst would. Every attack must be caught and shown: the notice on
 * screen, an integrity-alert in the audit log, and the finding listed in Settings. Nothing may be
 * loaded as if it were fine, and nothing is repaired.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../../shared/demo';
import { screenshot } from './support/app';
import { axeViolations, createVault, E2E_PASSPHRASE } from './support/flows';
import {
  editRawVault,
  indexedDbFolder,
  putBack,
  readRawVault,
  startSite,
  type Site,
} from './support/profiles';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const demo = buildDemoWorkspace();
const LRO = 'DI Ottoline Sparrowhawk';
let site: Site;
/** A closed profile holding the demo vault, made once; every attack works on a copy of it. */
let original: string;

beforeAll(async () => {
  site = await startSite();
  original = site.newProfile();
  const app = await site.open(original);
  await createVault(app.page, { demo: true });
  await app.page.getByRole('tab', { name: 'Map' }).waitFor({ timeout: 60_000 });
  await app.close();
});
afterAll(async () => {
  await site?.close();
});

async function unlock(page: Page): Promise<void> {
  await page.goto(site.url);
  await page.getByLabel('Vault passphrase').fill(E2E_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('heading', { name: 'Workspaces' }).waitFor({ timeout: 60_000 });
}

async function openDemo(page: Page): Promise<void> {
  await page.getByRole('button', { name: `Open ${demo.workspace.name}` }).click();
  await page.getByRole('tab', { name: 'Map' }).waitFor({ timeout: 60_000 });
}

async function lock(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.getByRole('heading', { name: 'Linchpin is locked' }).waitFor();
}

const notice = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'The vault found signs of tampering' });

/** The audit log shows an integrity alert naming `target`, and Settings lists the finding. */
async function expectOnRecord(page: Page, target: RegExp, listed: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Audit log', exact: true }).click();
  const alerts = page.getByRole('row').filter({ hasText: 'integrity-alert' });
  await alerts.first().waitFor();
  expect(await alerts.allTextContents()).toEqual(
    expect.arrayContaining([expect.stringMatching(target)]),
  );
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const list = page.getByRole('region', { name: 'Quarantined records' });
  await expect.poll(() => list.textContent()).toMatch(listed);
}

describe('attacks on a copy of a real profile', () => {
  it('an older copy of a record put back: set aside, shown, on record', async () => {
    const profile = site.copyProfile(original);
    let app = await site.open(profile);
    await unlock(app.page);
    await openDemo(app.page);
    // The control: an untouched copy opens with no notice.
    expect(await notice(app.page).count()).toBe(0);
    await app.page.getByRole('tab', { name: 'Plans', exact: true }).click();
    await app.page
      .getByLabel('Subject')
      .selectOption({ label: 'Tannerside Firm (Organised crime group)' });
    await app.page.getByLabel('Lead Responsible Officer').fill(LRO);
    await app.page.getByRole('button', { name: 'Create plan' }).click();
    await app.page.getByRole('heading', { name: 'Disruption plan: Tannerside Firm' }).waitFor();
    await lock(app.page);
    const before = await readRawVault(app.page, site.url);
    await unlock(app.page);
    await openDemo(app.page);
    await app.page.getByRole('tab', { name: 'Plans', exact: true }).click();
    await app.page.getByRole('button', { name: new RegExp(`\\(LRO ${LRO}\\)`) }).click();
    const form = app.page.getByRole('form', { name: 'Add an action' });
    await form.getByLabel('Tactic or power').selectOption('closure_notice');
    await form.getByLabel('Owner').fill('PS Ormerod');
    await form.getByLabel('Due date').fill('2027-01-15');
    await form.getByRole('button', { name: 'Add action' }).click();
    await app.page.getByRole('table', { name: /Actions by pillar/ }).waitFor();
    await lock(app.page);
    // The demo brings plans of its own: the row to roll back is the one that changed since.
    const after = await readRawVault(app.page, site.url);
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const older = (before.plans ?? []).filter((row) => {
      const now = after.plans?.find((r) => r.id === row.id);
      return now !== undefined && !same(now, row);
    });
    expect(older).toHaveLength(1);
    await app.close();

    // The attacker puts the plan's earlier sealed row back: it still authenticates.
    const attacked = site.copyProfile(profile);
    app = await site.open(attacked);
    await editRawVault(app.page, site.url, [{ store: 'plans', put: older }]);
    await unlock(app.page);
    await openDemo(app.page);
    await notice(app.page).waitFor();
    expect(await notice(app.page).textContent()).toMatch(
      /1 record of this workspace was set aside/,
    );
    await app.page.getByRole('tab', { name: 'Plans', exact: true }).click();
    await app.page.getByRole('heading', { name: '4P disruption plans' }).waitFor();
    // The plan rolled back is set aside; the demo's own plans are untouched.
    expect(
      await app.page.getByRole('button', { name: new RegExp(`\\(LRO ${LRO}\\)`) }).count(),
    ).toBe(0);
    await screenshot(app.page, 'vault-attack-older-record');
    await app.page.getByText(/^What was found/).click();
    expect(await axeViolations(app.page)).toEqual([]);
    const planId = String(older[0]!.id);
    await expectOnRecord(
      app.page,
      new RegExp(`plans ${planId}`),
      /plans .*not the copy Linchpin last wrote/,
    );
    await app.close();
  });

  it('a record deleted: set aside with the links that needed it, shown, on record', async () => {
    const app = await site.open(site.copyProfile(original));
    const raw = await readRawVault(app.page, site.url);
    const entity = String(raw.entities![0]!.id);
    await editRawVault(app.page, site.url, [{ store: 'entities', remove: [entity] }]);
    await unlock(app.page);
    await openDemo(app.page);
    await notice(app.page).waitFor();
    expect(await notice(app.page).textContent()).toMatch(
      /records? of this workspace (was|were) set aside/,
    );
    // Fewer entities than the demo has, and no link left pointing at nothing.
    await app.page.getByText(new RegExp(`^${demo.entities.length - 1} entities · `)).waitFor();
    await screenshot(app.page, 'vault-attack-deleted-record');
    await app.page.setViewportSize({ width: 1440, height: 900 });
    await app.page.getByText(/^What was found/).click();
    await screenshot(app.page, 'vault-attack-deleted-record-1440');
    await expectOnRecord(app.page, new RegExp(`entities ${entity}`), /entities .*It is missing/);
    await app.close();
  });

  it('the end of the audit log cut off: shown at unlock, on record, and the chain reports it', async () => {
    const app = await site.open(site.copyProfile(original));
    const raw = await readRawVault(app.page, site.url);
    const seqs = raw.audit!.map((r) => Number(r.seq)).sort((a, b) => a - b);
    const cut = seqs.slice(-2);
    await editRawVault(app.page, site.url, [{ store: 'audit', remove: cut }]);
    await unlock(app.page);
    // Shown on the workspace list straight away: it is about the vault, not one workspace.
    await notice(app.page).waitFor();
    expect(await notice(app.page).textContent()).toMatch(/finding/);
    await screenshot(app.page, 'vault-attack-audit-cut');
    await expectOnRecord(app.page, new RegExp(`audit ${cut[0]}`), /audit .*missing/);
    await app.page.getByRole('button', { name: 'Audit log', exact: true }).click();
    await app.page.getByRole('button', { name: 'Verify the chain' }).click();
    await expect
      .poll(() => app.page.getByRole('status').filter({ hasText: /Chain/ }).textContent())
      .toMatch(/Chain broken at event/);
    await app.close();
  });

  it('the whole store put back by one write: shown at unlock and on record', async () => {
    const profile = site.copyProfile(original);
    // The copy of the IndexedDB files an attacker took before the analyst's last write.
    const stash = mkdtempSync(join(tmpdir(), 'linchpin-e2e-idb-'));
    cpSync(indexedDbFolder(profile), stash, { recursive: true });
    let app = await site.open(profile);
    await unlock(app.page);
    await app.page.getByRole('button', { name: 'Settings', exact: true }).click();
    await app.page.getByLabel('Lock the vault after this many idle minutes').fill('25');
    await app.page.getByRole('button', { name: 'Save settings' }).click();
    await app.page.getByText('Settings saved.').waitFor();
    await lock(app.page);
    await app.close();

    putBack(stash, indexedDbFolder(profile));
    app = await site.open(profile);
    await unlock(app.page);
    await notice(app.page).waitFor();
    expect(await notice(app.page).textContent()).toMatch(/finding about the vault itself/);
    await screenshot(app.page, 'vault-attack-store-rolled-back');
    await expectOnRecord(
      app.page,
      /vault version \d+/,
      /older than the last one this computer saw/,
    );
    // The settings are as the older copy had them: nothing was silently brought back.
    await expect
      .poll(() => app.page.getByLabel('Lock the vault after this many idle minutes').inputValue())
      .toBe('10');
    await app.close();
  });
});
