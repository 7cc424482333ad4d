/**
 * Issues 12 and 14 made one product, in the real app on the fictional demo, by clicks and keys
 * only: safeguarding records, orders and board meetings edited and deleted (undoable, audited);
 * an entity that casework names cannot be deleted from the map, while an address takes its
 * register entry with it and undo brings both back; a whole-network briefing slide names the key
 * entities with no two labels touching (measured in the browser). Screens at 1366x768 and
 * 1440x900.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyCount } from '../../renderer/workspace/labels/labelPlan';
import { buildDemoWorkspace } from '../../shared/demo';
import { openTab, screenshotsAtBothSizes, launchApp, type RunningApp } from './support/app';
import { axeViolations, createVault } from './support/flows';

let app: RunningApp;
beforeAll(async () => {
  app = await launchApp();
});
afterAll(async () => {
  await app?.close();
});

const undo = (page: Page, what: RegExp) =>
  page.locator('footer.undo-bar').getByRole('button', { name: what }).click();

describe('partnership records done right (issues 12 and 14 follow-ups)', () => {
  it('edits and deletes safeguarding records, orders and meetings, and keeps references true', async () => {
    const page = app.page;
    await createVault(page, { demo: true });
    await page.getByRole('tab', { name: 'Map' }).waitFor({ timeout: 60_000 });

    // Safeguarding: an NRM decision comes in for Ruby Clewlow.
    await openTab(page, 'Safeguarding');
    const records = page.getByRole('table', { name: 'Safeguarding records by person' });
    const ruby = records.locator('tr', { hasText: 'Ruby Clewlow' });
    await ruby.getByText(/reasonable grounds pending/).waitFor();
    await ruby
      .getByRole('button', {
        name: 'Edit the National Referral Mechanism referral for Ruby Clewlow (2026-10-09)',
      })
      .click();
    const edit = page.getByRole('form', {
      name: 'Edit National Referral Mechanism referral for Ruby Clewlow',
    });
    await edit.getByLabel('Reasonable grounds decision').selectOption('positive');
    await edit.getByLabel('Reasonable grounds decided on').fill('2026-10-20');
    expect(await axeViolations(page)).toEqual([]);
    await edit.scrollIntoViewIfNeeded();
    await screenshotsAtBothSizes(page, 'followups-' + 'safeguarding-edit');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page
      .getByRole('status')
      .getByText('National Referral Mechanism referral saved for Ruby Clewlow.')
      .waitFor();
    await ruby
      .getByText(/reasonable grounds positive \(2026-10-20\), conclusive grounds pending/)
      .waitFor();
    await undo(page, /^Undo update National Referral Mechanism referral/);
    await ruby.getByText(/reasonable grounds pending/).waitFor();

    // A return home interview held for Alfie Cottam; then his episode deleted, and undone.
    const alfie = records.locator('tr', { hasText: 'Alfie Cottam' });
    await alfie
      .getByRole('button', { name: 'Edit the Missing episode for Alfie Cottam (2026-10-24)' })
      .click();
    const episode = page.getByRole('form', { name: 'Edit Missing episode for Alfie Cottam' });
    await episode.getByLabel('Return home interview held on').fill('2026-10-27');
    await episode.getByRole('button', { name: 'Save changes' }).click();
    await alfie.getByText(/return home interview held 2026-10-27/).waitFor();
    await alfie
      .getByRole('button', { name: 'Delete the Missing episode for Alfie Cottam (2026-10-24)' })
      .click();
    await page
      .getByRole('group', { name: 'Delete the Missing episode for Alfie Cottam (2026-10-24)?' })
      .getByRole('button', { name: 'Yes, delete it' })
      .click();
    await expect.poll(() => alfie.count()).toBe(0);
    await page
      .getByText(/Deleted the Missing episode for Alfie Cottam .* Undo brings it back\./)
      .waitFor();
    await undo(page, /^Undo delete safeguarding record/);
    await alfie.getByText(/return home interview held 2026-10-27/).waitFor();

    // Plans: correct the draft SCPO's reference, then delete it and bring it back.
    await openTab(page, 'Plans');
    await page
      .getByRole('list', { name: 'Plans' })
      .getByRole('button', { name: /^Tannerside Firm/ })
      .click();
    const orders = page.getByRole('table', { name: 'Orders and notices of this plan' });
    await expect.poll(() => orders.locator('tbody tr').count()).toBe(4);
    await orders.getByRole('button', { name: /^Manage Serious Crime Prevention Order/ }).click();
    const manage = page.getByRole('region', { name: 'Manage Serious Crime Prevention Order' });
    await manage.getByRole('button', { name: 'Correct details' }).click();
    const fix = manage.getByRole('form', {
      name: 'Correct the details of the Serious Crime Prevention Order',
    });
    await fix.getByLabel('Reference').fill('SCPO-APP-2026-07');
    await fix.getByLabel('Conditions (one a line)').fill('Not to hold more than one mobile phone');
    expect(await axeViolations(page)).toEqual([]);
    await fix.scrollIntoViewIfNeeded();
    await screenshotsAtBothSizes(page, 'followups-' + 'order-correct');
    await fix.getByRole('button', { name: 'Save details' }).click();
    await page.getByText('Serious Crime Prevention Order: details saved.').waitFor();
    const scpo = orders.locator('tbody tr', { hasText: 'Serious Crime Prevention Order' });
    await scpo.getByText('SCPO-APP-2026-07').waitFor();
    await manage.getByRole('button', { name: 'Delete this order' }).click();
    await manage
      .getByRole('group', { name: 'Delete the Serious Crime Prevention Order (draft)?' })
      .getByRole('button', { name: 'Yes, delete it' })
      .click();
    await expect.poll(() => orders.locator('tbody tr').count()).toBe(3);
    await page
      .getByText(/Deleted the Serious Crime Prevention Order \(draft\)\. Undo brings it back\./)
      .waitFor();
    await undo(page, /^Undo delete order or notice/);
    await expect.poll(() => orders.locator('tbody tr').count()).toBe(4);
    expect(await scpo.textContent()).toContain('SCPO-APP-2026-07');

    // Board: edit the September meeting, delete it, bring it back.
    await openTab(page, 'Board');
    const meetings = page.getByRole('list', { name: 'Meetings' });
    await meetings.getByRole('button', { name: /^2026-09-08:/ }).click();
    await page.getByRole('button', { name: 'Edit meeting' }).click();
    const meetingForm = page.getByRole('form', { name: 'Edit the meeting of 2026-09-08' });
    await meetingForm.getByLabel('Chair').fill('Supt. R. Harcourt');
    await meetingForm
      .getByLabel('Title')
      .fill('Kestrelford SOC partnership board, September (rescheduled)');
    expect(await axeViolations(page)).toEqual([]);
    await screenshotsAtBothSizes(page, 'followups-' + 'meeting-edit');
    await meetingForm.getByRole('button', { name: 'Save meeting' }).click();
    await page.getByText('Meeting of 2026-09-08 saved.').waitFor();
    await meetings.getByRole('button', { name: /September \(rescheduled\)/ }).waitFor();
    await page.getByRole('button', { name: 'Delete meeting' }).click();
    await page
      .getByRole('group', { name: 'Delete the meeting of 2026-09-08?' })
      .getByRole('button', { name: 'Yes, delete it' })
      .click();
    await expect.poll(() => meetings.getByRole('listitem').count()).toBe(2);
    await undo(page, /^Undo delete board meeting/);
    await expect.poll(() => meetings.getByRole('listitem').count()).toBe(3);

    // The map: Kayden Rook cannot be deleted while casework names him; 29 Kestrel Road can,
    // and takes its register entry with it until undo brings both back.
    await openTab(page, 'Map');
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    const pick = async (text: string, option: RegExp) => {
      const box = page.getByRole('combobox', { name: 'Search' });
      await box.click();
      await box.fill(text);
      await page.getByRole('option', { name: option }).first().waitFor();
      await box.press('ArrowDown');
      await box.press('Enter');
    };
    await pick('Kayden Rook', /^Kayden Rook Nominal/);
    await inspector.getByRole('heading', { name: 'Kayden Rook' }).waitFor();
    await inspector.getByRole('button', { name: 'Delete', exact: true }).click();
    const refusal = inspector.getByRole('alert');
    await refusal.waitFor();
    const said = (await refusal.textContent()) ?? '';
    expect(said).toMatch(/^"Kayden Rook" cannot be deleted: 5 safeguarding records \(/);
    expect(said).toMatch(/MASH referral MASH-25-0412 \(2025-03-14\)/);
    expect(said).toMatch(/End or delete those records first/);
    await screenshotsAtBothSizes(page, 'followups-' + 'delete-refused');
    await pick('29 Kestrel Road', /^29 Kestrel Road/);
    await inspector.getByRole('heading', { name: '29 Kestrel Road' }).waitFor();
    await inspector.getByRole('button', { name: 'Delete', exact: true }).click();
    await openTab(page, 'Cuckooed addresses');
    const register = page.getByRole('table', { name: 'Cuckooed addresses' });
    await expect.poll(() => register.locator('tbody tr').count()).toBe(1);
    await undo(page, /^Undo delete entity/);
    await expect.poll(() => register.locator('tbody tr').count()).toBe(2);
    expect(await register.textContent()).toContain('29 Kestrel Road');

    // The audit log names the fields each edit changed.
    await page.getByRole('button', { name: 'Audit log', exact: true }).click();
    await page.getByLabel(/^Contains/).fill('reasonable grounds');
    const rows = page.locator('table.data-table tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('table.data-table tbody').textContent()).toContain(
      'National Referral Mechanism referral: Changed reasonable grounds, reasonable grounds on',
    );
    await page.getByLabel(/^Contains/).fill('SCPO');
    await page.getByLabel(/^Contains/).fill('Changed reference, conditions');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(1);
  });

  it('names the key entities on a whole-network slide, no two labels touching', async () => {
    const page = app.page;
    // Back from the audit log to the demo workspace.
    await page.getByRole('button', { name: 'Workspaces', exact: true }).click();
    await page.getByRole('button', { name: `Open ${buildDemoWorkspace().workspace.name}` }).click();
    await openTab(page, 'Map');
    await page.getByRole('button', { name: /^Views \(/ }).click();
    await page.getByLabel('Save the current view as').fill('Whole network');
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByRole('button', { name: /^Views \(1\)/ }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Start briefing' }).click();
    const dialog = page.getByRole('dialog', { name: /Briefing/ });
    await dialog.getByRole('heading', { name: 'Saved view: Whole network' }).waitFor();
    const drawn = await page.evaluate(() => {
      const svg = document.querySelector('.briefing-figure svg')!;
      const labels = [...svg.querySelectorAll('.slide-label')].map((g) => {
        const b = (g.querySelector('text') as SVGGraphicsElement).getBBox();
        return {
          id: g.getAttribute('data-id') ?? '',
          text: g.textContent ?? '',
          key: g.classList.contains('key'),
          box: { x: b.x, y: b.y, w: b.width, h: b.height },
        };
      });
      const nodes = [...svg.querySelectorAll('circle')].map((c) => c.getAttribute('data-id') ?? '');
      return { nodes, labels };
    });
    expect(drawn.nodes.length).toBeGreaterThan(60);
    const keys = drawn.labels.filter((l) => l.key);
    expect(keys).toHaveLength(keyCount(drawn.nodes.length));
    expect(drawn.labels.length).toBeGreaterThan(keys.length);
    // The key entities, worked out here from the demo: the most links drawn on the slide (ties
    // at the last place may go either way).
    const on = new Set(drawn.nodes);
    const degree = new Map(drawn.nodes.map((id) => [id, 0]));
    for (const l of buildDemoWorkspace().links)
      if (on.has(l.source) && on.has(l.target))
        for (const end of [l.source, l.target]) degree.set(end, degree.get(end)! + 1);
    const ranked = [...degree.values()].sort((a, b) => b - a);
    const last = ranked[keys.length - 1]!;
    const keyIds = new Set(keys.map((l) => l.id));
    for (const [id, d] of degree) if (d > last) expect(keyIds.has(id), id).toBe(true);
    for (const [i, a] of drawn.labels.entries())
      for (const b of drawn.labels.slice(i + 1)) {
        const apart =
          a.box.x + a.box.w <= b.box.x + 0.5 ||
          b.box.x + b.box.w <= a.box.x + 0.5 ||
          a.box.y + a.box.h <= b.box.y + 0.5 ||
          b.box.y + b.box.h <= a.box.y + 0.5;
        expect(apart, `"${a.text}" and "${b.text}" overlap`).toBe(true);
      }
    expect(await axeViolations(page)).toEqual([]);
    await screenshotsAtBothSizes(page, 'followups-' + 'briefing-slide');
    await page.keyboard.press('Escape');
  });
});
