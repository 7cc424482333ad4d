import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../../shared/demo';
import type { RunningApp } from './support/app';
import { launchApp, screenshot, TARGET } from './support/app';
import { containsText, indexedDbFiles } from './support/raw-files';
import { someStoredId } from './support/profiles';
import { longestTask, watchLongTasks } from './support/longTasks';

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
    page = await app.restart();
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
    // Argon2id runs in a worker: the page must not freeze for the second it takes.
    await watchLongTasks(page);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('heading', { name: 'Workspaces' }).waitFor({ timeout: 30_000 });
    const longest = await longestTask(page);
    expect(longest).toBeLessThan(500);
    await page.getByRole('button', { name: `Open ${demo.workspace.name}` }).click();
    await page.getByText(counts).waitFor({ timeout: 60_000 });
    await screenshot(page, 'vault-04-unlocked-again');
  });
});
