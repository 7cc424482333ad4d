/**
 * Nothing typed into the app may reach the browser profile in clear (issue 11, item 3): an audit
 * found entity labels, a phone number, an address, a postcode, coordinates and the analyst's name
 * in Chromium's autofill database. This test creates a vault with the fictional demo, types
 * distinctive (invented) values into every form it can reach, on every screen, submitting each,
 * closes the browser and searches every file of the profile folder for them.
 *
 * The control: a plain form on a page of the same origin outside the app, where autocomplete is
 * left on, IS found afterwards (in `Web Data`), so the search does look where autofill writes.
 */
import type { Locator, Page } from 'playwright-core';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../../shared/demo';
import { screenshot } from './support/app';
import { createVault, E2E_PASSPHRASE } from './support/flows';
import { startSite, type Site } from './support/profiles';

const demo = buildDemoWorkspace();
let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

/** Every value typed, to be searched for afterwards. All invented. */
const typed = new Set<string>();
let counter = 0;
const marker = () => `Qzvark${(++counter).toString(36)}Wimble`;

/** Text fields (not dates, numbers, checkboxes, files) that are visible and editable. */
const TEXT_FIELDS =
  'input:not([type]), input[type=text], input[type=search], input[type=email], input[type=tel], input[type=url], textarea';

/**
 * Fills every empty visible text field in `scope` with a new marker, then presses Enter in the
 * last one of each form to submit it, as a user finishing the form would.
 */
async function typeIntoEveryField(scope: Locator | Page): Promise<void> {
  const fields = scope.locator(TEXT_FIELDS);
  const count = await fields.count();
  for (let i = 0; i < count; i++) {
    const field = fields.nth(i);
    if (!(await field.isVisible().catch(() => false))) continue;
    if (!(await field.isEditable().catch(() => false))) continue;
    if ((await field.inputValue().catch(() => 'x')) !== '') continue;
    const value = marker();
    await field.fill(value, { timeout: 2000 }).catch(() => undefined);
    typed.add(value);
    if ((await field.evaluate((el) => el.tagName)) === 'INPUT')
      await field.press('Enter', { timeout: 2000 }).catch(() => undefined);
  }
}

/** Types a given value into a labelled field and records it. */
async function type(scope: Locator | Page, label: string | RegExp, value: string) {
  await scope.getByLabel(label).first().fill(value);
  typed.add(value);
}

/** Every field on screen must carry autocomplete="off" (the renderer's guard sets it). */
async function expectNoFieldRemembered(page: Page, where: string): Promise<void> {
  const open = await page.evaluate(() =>
    [...document.querySelectorAll('input, textarea, select')]
      .filter((el) => el.getAttribute('autocomplete') !== 'off')
      .map((el) => el.outerHTML.slice(0, 120)),
  );
  expect(open, where).toEqual([]);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Which files of the profile hold the text, in any encoding Chromium writes strings in. */
function whereFound(profile: string, text: string): string[] {
  const forms = [
    Buffer.from(text, 'utf8'),
    Buffer.from(text, 'utf16le'),
    Buffer.from(text, 'utf16le').swap16(),
  ];
  return filesUnder(profile)
    .filter((file) => {
      const bytes = readFileSync(file);
      return forms.some((form) => bytes.includes(form));
    })
    .map((file) => relative(profile, file));
}

const WORKSPACE_TABS = [
  'Map',
  'Import and export',
  'Duplicates',
  'Profiles',
  'Plans',
  'Prioritisation',
  'Safeguarding',
  'Review',
];

describe('the whole browser profile after typing into every form', () => {
  it('holds none of what was typed, anywhere, while a plain form on the same origin is found', async () => {
    const profile = site.newProfile();
    const app = await site.open(profile);
    const { page } = app;

    const analyst = 'DC Ysolde Marchbank';
    typed.add(analyst);
    typed.add(E2E_PASSPHRASE);
    await createVault(page, { demo: true, name: analyst });
    await page.getByRole('tab', { name: 'Map' }).waitFor({ timeout: 60_000 });
    await expectNoFieldRemembered(page, 'map');

    // New entities of the kinds the audit found in the autofill database.
    const dialog = page.getByRole('dialog', { name: 'New entity' });
    const entities: [string, Record<string, string>][] = [
      ['Nominal (person)', { Label: 'Zephyrine Quarrington', 'Date of birth': '2001-07-19' }],
      ['Phone / deal line', { Label: 'WIMBLE line', 'Phone number': '07700 900417' }],
      [
        'Location',
        {
          Label: '14 Wrenfold Mews',
          Address: '14 Wrenfold Mews, Kestrelford',
          Postcode: 'ZZ9 4QW',
        },
      ],
      ['Vehicle', { Label: 'Teal estate', Registration: 'ZX71 QRM' }],
    ];
    for (const [kind, values] of entities) {
      await page.getByRole('button', { name: `Add ${kind.toLowerCase()}` }).click();
      await dialog.waitFor();
      await expectNoFieldRemembered(page, `new ${kind}`);
      for (const [label, value] of Object.entries(values))
        await type(dialog, new RegExp(`^${label}`), value);
      await dialog.getByRole('button', { name: 'Create' }).click();
      await dialog.waitFor({ state: 'detached' });
    }
    // Find the new location by searching, then edit it, with coordinates.
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Search' }).fill('Wrenfold');
    await page
      .getByRole('option', { name: /14 Wrenfold Mews/ })
      .first()
      .dispatchEvent('mousedown');
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = page.getByRole('form', { name: /^Edit / });
    await edit.waitFor();
    await expectNoFieldRemembered(page, 'edit entity');
    await edit.getByLabel('Latitude').fill('52.614207');
    await edit.getByLabel('Longitude').fill('-1.703311');
    typed.add('52.614207');
    typed.add('-1.703311');
    await typeIntoEveryField(edit);
    await edit.getByRole('button', { name: /^Save/ }).click();

    // Search, then every screen of the workspace.
    await page.keyboard.press('Control+k');
    await type(page, 'Search', 'Zephyrine');
    await page.keyboard.press('Escape');
    for (const name of WORKSPACE_TABS) {
      await page.getByRole('tab', { name, exact: true }).click();
      await page.waitForTimeout(500);
      await expectNoFieldRemembered(page, name);
      await typeIntoEveryField(page.locator('.module-panel'));
      await expectNoFieldRemembered(page, `${name} after typing`);
    }

    // Forms that appear once something is chosen: a plan's actions, a profile's editor.
    await page.getByRole('tab', { name: 'Plans', exact: true }).click();
    await page
      .getByLabel('Subject')
      .selectOption({ label: 'Tannerside Firm (Organised crime group)' });
    await type(page, 'Lead Responsible Officer', 'DI Thaddeus Wickersham');
    await page.getByRole('button', { name: 'Create plan' }).click();
    const action = page.getByRole('form', { name: 'Add an action' });
    await action.waitFor();
    await expectNoFieldRemembered(page, 'plan actions');
    await typeIntoEveryField(action);
    await page.getByRole('tab', { name: 'Profiles', exact: true }).click();
    await page.getByLabel(/^Subject/).selectOption({ label: 'Tannerside Firm (ocg)' });
    await page.getByRole('button', { name: 'New profile' }).click();
    await type(page, 'Agency name', 'Ravensholt Marquee Youth Service');
    await expectNoFieldRemembered(page, 'profile editor');
    await typeIntoEveryField(page.locator('.module-panel'));
    await page.getByRole('button', { name: /^Save draft/ }).click();
    await screenshot(page, 'profile-scan-profiles');

    // The shell: new workspace, audit filters, settings (name and passphrase forms).
    await page.getByRole('button', { name: 'Workspaces', exact: true }).click();
    await type(page, 'New workspace name', 'Operation Quillfeather');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await expectNoFieldRemembered(page, 'workspace list');
    await page.getByRole('button', { name: 'Audit log', exact: true }).click();
    await expectNoFieldRemembered(page, 'audit log');
    await typeIntoEveryField(page.locator('main'));
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await expectNoFieldRemembered(page, 'settings');
    await page.getByRole('button', { name: 'Change the name recorded in the audit log' }).click();
    await type(page, 'New name', 'DC Ysolde Marchbank-Hale');
    await page.getByRole('button', { name: 'Record the new name' }).click();
    await page.getByText(/^Name changed to DC Ysolde Marchbank-Hale/).waitFor();
    await type(page, 'Current passphrase', 'wrong passphrase Quillfeather');
    await type(page, 'New passphrase', 'marmalade Quillfeather orbit lantern');
    await type(page, 'New passphrase again', 'marmalade Quillfeather orbit lantern');
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /passphrase/ })
      .waitFor();
    await screenshot(page, 'profile-scan-settings');
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('heading', { name: 'Linchpin is locked' }).waitFor();

    // The control: the same browser remembers a plain form where autocomplete is left on.
    const control = 'Zorvane Quilby Control';
    await page.goto(`${site.url}control-form`);
    await page.setContent(
      '<form method="post" action="/control-done"><input name="probe" id="probe"><button>Send</button></form>',
    );
    await page.locator('#probe').fill(control);
    await page.getByRole('button', { name: 'Send' }).click();
    await page.waitForURL(/control-done/);
    await app.close();

    expect(whereFound(profile, control).length).toBeGreaterThan(0);
    expect(typed.size).toBeGreaterThan(30);
    const leaks = [...typed]
      .map((text) => ({ text, files: whereFound(profile, text) }))
      .filter((hit) => hit.files.length > 0);
    expect(leaks).toEqual([]);
    // And the demo's own names, numbers and addresses, shown on screen all along, are nowhere.
    const shown = demo.entities
      .filter((e) => e.kind === 'nominal' || e.kind === 'location')
      .map((e) => e.label)
      .filter((label) => label.length > 8);
    expect(shown.filter((label) => whereFound(profile, label).length > 0)).toEqual([]);
  });
});
