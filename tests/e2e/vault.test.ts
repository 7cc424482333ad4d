import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../../shared/demo';
import type { RunningApp } from './support/app';
import { launchApp, screenshot, TARGET } from './support/app';
import { containsText, indexedDbFiles } from './support/raw-files';
import { someStoredId } from './support/profiles';
import { axeViolations } from './support/flows';

const PASSPHRASE = 'lantern orchard velvet quarry 42';
const demo = buildDemoWorkspace();

/** The demo's identifying strings: names, numbers, addresses, registrations. */
function sensitiveStrings(): string[] {
  const out = new Set<string>();
  for (const e of demo.entities) {
    if (e.kind === 'nominal') {
      if (e.attrs.surname.length > 3) out.add(e.attrs.surname);
      if (e.attrs.forenames.length > 3) out.add(`${e.attrs.forenames} ${e.attrs.surname}`);
    }
    if (e.kind === 'phone') out.add(e.attrs.number);
    if (e.kind === 'location') {
      if (e.attrs.postcode) out.add(e.attrs.postcode);
      if (e.attrs.address.length > 6) out.add(e.attrs.address);
    }
    if (e.kind === 'vehicle') out.add(e.attrs.registration);
  }
  return [...out];
}

describe(`vault in ${TARGET}`, () => {
  let app: RunningApp;
  /** The page after the first test's restart. */
  let current: Page;
  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('creates a vault, loads the fictional demo, locks, refuses a wrong passphrase and unlocks to the same data', async () => {
    let page = app.page;
    await page.getByRole('heading', { name: 'Welcome to Linchpin' }).waitFor();
    await page.getByLabel('Your name (recorded in the audit log)').fill('DC Test Analyst');
    await page.getByLabel('Vault passphrase').fill('password1');
    await expect.poll(() => page.locator('#strength-meter').getAttribute('data-score')).toBe('0');
    await page.getByLabel('Vault passphrase').fill(PASSPHRASE);
    await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
    await expect.poll(() => page.locator('#strength-meter').getAttribute('data-score')).toBe('4');
    await screenshot(page, 'vault-01-create');
    await page.getByRole('button', { name: 'Create vault' }).click();

    const counts = `${demo.entities.length} entities · ${demo.links.length} links · ${demo.intel.length} intelligence items`;
    await page.getByText(counts).waitFor({ timeout: 60_000 });
    await expect(page.getByRole('note').textContent()).resolves.toContain(
      'Fictional demonstration data',
    );
    await screenshot(page, 'vault-02-demo-open');

    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('heading', { name: 'Linchpin is locked' }).waitFor();
    await expect(page.getByText(demo.workspace.name).count()).resolves.toBe(0);

    await page.getByLabel('Vault passphrase').fill('not the right passphrase');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(
      /does not open this vault/,
    );
    await screenshot(page, 'vault-03-wrong-passphrase');

    // Restart the app so every write is flushed to disk, then read the raw IndexedDB files.
    page = current = await app.restart();
    if (app.profileDir) {
      const raw = indexedDbFiles(app.profileDir);
      // Positive control: opaque ids are meant to be in clear, so the scan must find one...
      expect(containsText(raw, await someStoredId(page))).toBe(true);
      // ...but never one of the demo's built-in ids: every install gets its own random ones.
      expect(demo.entities.some((e) => containsText(raw, e.id))).toBe(false);
      const leaked = sensitiveStrings().filter((s) => containsText(raw, s));
      expect(leaked).toEqual([]);
    }

    await page.getByLabel('Vault passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('heading', { name: 'Workspaces' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: `Open ${demo.workspace.name}` }).click();
    await page.getByText(counts).waitFor({ timeout: 60_000 });
    // A vault nobody touched raises no alarm.
    expect(await page.getByText('The vault found signs of tampering').count()).toBe(0);
    await screenshot(page, 'vault-04-unlocked-again');

    // The wrong passphrase tried while locked is on record, counted outside the vault.
    await page.getByRole('button', { name: 'Audit log', exact: true }).click();
    const failed = page.getByRole('row').filter({ hasText: 'unlock-failed' });
    await expect
      .poll(() => failed.textContent())
      .toMatch(/1 failed unlock attempt since the last unlock/);
  });

  it('changes the passphrase with a new key by default, and only the new one opens the vault', async () => {
    const page = current;
    const next = 'harbour quince lantern meadow 77';
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const reencrypt = page.getByLabel('And re-encrypt everything with a new key');
    expect(await reencrypt.isChecked()).toBe(true);
    await page.getByLabel('Current passphrase').fill(PASSPHRASE);
    await page.getByLabel('New passphrase', { exact: true }).fill(next);
    await page.getByLabel('New passphrase again').fill(next);
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshot(page, 'vault-05-change-passphrase-1440');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await page
      .getByText(/Passphrase changed and the vault re-encrypted with a new key/)
      .waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByLabel('Vault passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(
      /does not open this vault/,
    );
    await page.getByLabel('Vault passphrase').fill(next);
    await page.getByRole('button', { name: 'Unlock' }).click();
    // Unlocking returns to the workspace that was open when the vault locked.
    const counts = `${demo.entities.length} entities · ${demo.links.length} links · ${demo.intel.length} intelligence items`;
    await page.getByText(counts).waitFor({ timeout: 60_000 });
    expect(await page.getByText('The vault found signs of tampering').count()).toBe(0);
    await screenshot(page, 'vault-06-after-new-key-1440');
    await page.setViewportSize({ width: 1366, height: 768 });
  });
});
