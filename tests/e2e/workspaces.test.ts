import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from './support/app';
import { launchApp, screenshot } from './support/app';
import { axeViolations, createVault, E2E_PASSPHRASE } from './support/flows';

describe('workspaces, audit log and settings', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('creates, renames, deletes with confirmation and undoes the delete; all audited', async () => {
    const { page } = app;
    await createVault(page, { demo: false });
    await page.getByRole('heading', { name: 'Workspaces' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('New workspace name').fill('Operation Larkspur');
    await page.getByRole('button', { name: 'Create workspace', exact: true }).click();
    await page.getByRole('heading', { name: 'Operation Larkspur' }).waitFor();

    // An empty name is refused with a message and nothing is created.
    await page.getByRole('button', { name: 'Create workspace', exact: true }).click();
    await page.getByRole('alert').waitFor();
    await expect(page.getByRole('listitem').count()).resolves.toBe(1);

    await page.getByRole('button', { name: 'Rename Operation Larkspur' }).click();
    await page.getByLabel('New name for Operation Larkspur').fill('Operation Foxglove');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByRole('heading', { name: 'Operation Foxglove' }).waitFor();

    await page.getByRole('button', { name: 'Delete Operation Foxglove' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Operation Foxglove?' });
    await dialog.waitFor();
    await screenshot(page, 'workspaces-01-confirm-delete');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('heading', { name: 'Operation Foxglove' }).waitFor();

    await page.getByRole('button', { name: 'Delete Operation Foxglove' }).click();
    await dialog.getByRole('button', { name: 'Delete workspace' }).click();
    await page.getByText('No workspaces yet').waitFor();
    // Deleting a workspace is not an edit inside one: it is put right by its own restore.
    await page.getByRole('button', { name: 'Restore Operation Foxglove' }).click();
    await page.getByRole('heading', { name: 'Operation Foxglove' }).waitFor();
    await screenshot(page, 'workspaces-02-after-undo');

    await page.getByRole('button', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toMatch(/Chain intact: \d+ events checked/);
    const actions = await page
      .locator('table.data-table tbody tr td:nth-child(4)')
      .allTextContents();
    expect(actions).toEqual(expect.arrayContaining(['create', 'update', 'delete']));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'workspaces-03-audit-log');

    await page.getByLabel('Action').selectOption('delete');
    await expect.poll(() => page.locator('table.data-table tbody tr').count()).toBe(1);
  });

  it('changes the idle lock time and the passphrase, and the new passphrase unlocks', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Lock the vault after this many idle minutes').fill('0');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('whole number of minutes from 1 to 240').waitFor();
    await page.getByLabel('Lock the vault after this many idle minutes').fill('5');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();

    const next = 'marble thistle copper lagoon 77';
    await page.getByLabel('Current passphrase').fill('wrong wrong wrong wrong');
    await page.getByLabel('New passphrase', { exact: true }).fill(next);
    await page.getByLabel('New passphrase again').fill(next);
    await page.locator('#strength-meter[data-score="4"]').waitFor();
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /passphrase/i })
      .waitFor();
    await page.getByLabel('Current passphrase').fill(E2E_PASSPHRASE);
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await page.getByText(/^Passphrase changed/).waitFor({ timeout: 60_000 });
    // Headless Chromium draws with SwiftShader: the WebGL chart is explained, not offered.
    const webgl = page.getByLabel('Draw the chart with the graphics card (WebGL, experimental)');
    expect(await webgl.isDisabled()).toBe(true);
    await page.getByText(/^Not available: this computer draws without a graphics card/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'workspaces-04-settings');

    await page.keyboard.press('Control+L');
    await page.getByRole('heading', { name: 'Linchpin is locked' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Vault passphrase').fill(E2E_PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('alert').waitFor();
    await page.getByLabel('Vault passphrase').fill(next);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('heading', { name: 'Operation Foxglove' }).waitFor();
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(
      page.getByLabel('Lock the vault after this many idle minutes').inputValue(),
    ).resolves.toBe('5');
  });
});
