/**
 * The core loop on the REAL app: first-run screen, real vault in IndexedDB, the demo, and only
 * clicks and keys. Every edit is checked on the chart itself (Cytoscape's own counts, labels and
 * places, through the read-only probe), in the table and in the audit log.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from './support/app';
import { launchApp, screenshot } from './support/app';
import {
  chartEdges,
  chartNodes,
  chartReady,
  chartSelection,
  clickNode,
  describeNode,
  nodeByLabel,
  nodePoint,
} from './support/chart';
import { createVault, E2E_PASSPHRASE } from './support/flows';
import { watchProblems } from './support/problems';

let app: RunningApp;
let page: Page;
let problems: string[];
beforeAll(async () => {
  app = await launchApp();
  page = app.page;
  problems = watchProblems(page);
  await createVault(page, { demo: true });
  await chartReady(page);
});
afterAll(async () => {
  await app?.close();
});

const counts = async () => ({ nodes: await chartNodes(page), edges: await chartEdges(page) });

async function openAuditLog(): Promise<string[]> {
  await page.getByRole('button', { name: 'Audit log' }).click();
  await page.getByRole('heading', { name: 'Audit log' }).waitFor();
  const rows = await page.locator('table.data-table tbody tr').allTextContents();
  await page.getByRole('button', { name: 'Workspaces' }).click();
  await page.getByRole('button', { name: /^Open Kestrelford/ }).click();
  await chartReady(page);
  return rows;
}

describe('the map, as an analyst uses it', () => {
  it('adds, links, edits, deletes, undoes and redoes, and the chart shows each step at once', async () => {
    const start = await counts();
    expect(start.nodes).toBeGreaterThan(100);
    // The undo bar offers nothing yet: loading the demo is not an edit to undo.
    await expect(
      page.getByRole('button', { name: 'Undo', exact: true }).isDisabled(),
    ).resolves.toBe(true);

    await page.getByRole('button', { name: 'Add nominal (person)' }).click();
    const dialog = page.getByRole('dialog', { name: 'New entity' });
    await dialog.getByLabel('Label').fill('Dorian Pyke');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => chartNodes(page)).toBe(start.nodes + 1);
    const dorian = await nodeByLabel(page, 'Dorian Pyke');
    expect(dorian).toBeTruthy();
    await page.getByText(`${start.nodes + 1} on chart`).waitFor();
    await screenshot(page, 'map-journey-01-added');

    // Link Dorian to Maureen Threlfall with the keyboard: select both, press L.
    const maureen = (await nodeByLabel(page, 'Maureen Threlfall'))!;
    await clickNode(page, dorian!);
    await clickNode(page, maureen, true);
    await expect
      .poll(async () => [...((await chartSelection(page))?.entities ?? [])].sort())
      .toEqual([dorian, maureen].sort());
    await page.keyboard.press('l');
    const linkDialog = page.getByRole('dialog', { name: 'New link' });
    await linkDialog.waitFor();
    await linkDialog.getByLabel('Kind of link').selectOption('associate');
    await linkDialog.getByRole('button', { name: 'Create link' }).click();
    await expect.poll(() => chartEdges(page)).toBe(start.edges + 1);

    // Edit a field in the inspector; the chart's label follows.
    await clickNode(page, dorian!);
    await expect.poll(() => chartSelection(page)).toMatchObject({ entities: [dorian] });
    await page.getByRole('heading', { name: 'Dorian Pyke' }).waitFor();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page
      .getByRole('form', { name: 'Edit Dorian Pyke' })
      .getByLabel('Label')
      .fill('Dorian Pike');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await describeNode(page, dorian!))?.label).toBe('Dorian Pike');

    // Delete from the keyboard: the node and its link go from the chart, with no ghost left.
    await page.locator('.chart-canvas').focus();
    await page.keyboard.press('Delete');
    await expect.poll(counts).toEqual(start);
    expect(await describeNode(page, dorian!)).toBeUndefined();
    await expect(page.getByRole('heading', { name: 'Dorian Pike' }).count()).resolves.toBe(0);

    await page.keyboard.press('Control+z');
    await expect.poll(counts).toEqual({ nodes: start.nodes + 1, edges: start.edges + 1 });
    expect((await describeNode(page, dorian!))?.label).toBe('Dorian Pike');
    await page.keyboard.press('Control+y');
    await expect.poll(counts).toEqual(start);
    await page.keyboard.press('Control+z');
    await expect.poll(counts).toEqual({ nodes: start.nodes + 1, edges: start.edges + 1 });

    // The table lists the same entities, and shows the one selected on the chart.
    await clickNode(page, dorian!);
    await page.getByRole('button', { name: 'Table' }).click();
    await page.getByRole('row', { name: /Dorian Pike/, selected: true }).waitFor();
    await page.getByRole('button', { name: 'Chart', exact: true }).click();

    // Each step is in the audit log, newest first: the redo, the undo, the deletion, the edit...
    const audit = await openAuditLog();
    const entityRows = audit.filter((r) => /entity/.test(r)).slice(0, 6);
    expect(entityRows.map((r) => /create|update|delete|restore/.exec(r)?.[0])).toEqual([
      'restore',
      'delete',
      'restore',
      'delete',
      'update',
      'create',
    ]);
    expect(problems).toEqual([]);
  });

  it('keeps a hand-placed node where it was dropped, through a tab switch and a lock', async () => {
    const tony = (await nodeByLabel(page, 'Anthony Varrick'))!;
    expect(tony).toBeTruthy();
    const from = await nodePoint(page, tony);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y + 40, { steps: 8 });
    await page.mouse.up();
    const placed = (await describeNode(page, tony))!.position;
    await page.waitForTimeout(300); // the drag's save is one small write

    // Places are kept to a tenth of a pixel: a drawn position may round the other way.
    const near = async () => {
      const at = (await describeNode(page, tony))?.position;
      return Math.max(Math.abs((at?.x ?? 1e9) - placed.x), Math.abs((at?.y ?? 1e9) - placed.y));
    };
    await page.getByRole('tab', { name: 'Plans' }).click();
    await page.getByRole('tab', { name: 'Map' }).click();
    await chartReady(page);
    expect(await near()).toBeLessThanOrEqual(1);

    await page.keyboard.press('Control+l');
    await page.getByLabel('Vault passphrase').fill(E2E_PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await chartReady(page);
    expect(await near()).toBeLessThanOrEqual(1);
    await screenshot(page, 'map-journey-02-after-unlock');
    expect(problems).toEqual([]);
  });

  it('works from the keyboard alone: walk, extend, link, pin, align', async () => {
    const before = await counts();
    await page.locator('.chart-canvas').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await chartSelection(page))?.entities.length).toBe(1);
    const first = (await chartSelection(page))!.entities[0]!;
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(async () => (await chartSelection(page))?.entities.length).toBe(2);
    const pair = [...(await chartSelection(page))!.entities];
    expect(pair).toContain(first);

    await page.keyboard.press('l');
    const dialog = page.getByRole('dialog', { name: 'New link' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    // A closed <dialog> leaves the accessibility tree at once, before the app has heard its
    // 'close' event; the key goes to the chart only once the dialog has left the page.
    await expect.poll(() => page.locator('dialog').count()).toBe(0);
    // Focus comes back to the chart, with the same two selected.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('chart-canvas')))
      .toBe(true);
    expect([...(await chartSelection(page))!.entities].sort()).toEqual([...pair].sort());
    await page.keyboard.press('l');
    await dialog.waitFor();
    await dialog.getByLabel('Kind of link').selectOption('associate');
    await dialog.getByRole('button', { name: 'Create link' }).press('Enter');
    await expect.poll(() => chartEdges(page)).toBe(before.edges + 1);

    // Align the two on one horizontal line, one undoable step.
    await page.getByRole('button', { name: 'Arrange' }).click();
    await page.getByRole('button', { name: 'Align middles (horizontal line)' }).click();
    await expect
      .poll(async () => {
        const [a, b] = await Promise.all(pair.map((id) => describeNode(page, id)));
        return Math.abs((a?.position.y ?? 0) - (b?.position.y ?? 1));
      })
      .toBeLessThanOrEqual(1);

    // Pin the first, re-run the layout: it stays where it was.
    await page.locator('.chart-canvas').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowRight');
    const pinnedId = (await chartSelection(page))!.entities[0]!;
    await page.keyboard.press('p');
    await page.getByRole('button', { name: /^Undo pin 1 entity/ }).waitFor();
    const pinnedAt = (await describeNode(page, pinnedId))!.position;
    await page.getByRole('button', { name: 'Re-run layout' }).click();
    await page.getByRole('button', { name: /^Undo lay out the chart/ }).waitFor();
    expect((await describeNode(page, pinnedId))?.position).toEqual(pinnedAt);
    expect(problems).toEqual([]);
  });

  it('labels the key nominals at Fit, and a search result is centred and labelled', async () => {
    await page.locator('.chart-canvas').focus();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Fit' }).click();
    await expect
      .poll(
        async () =>
          (await page.evaluate(() => window.__linchpinChart?.labelledNodes() ?? [])).length,
      )
      .toBeGreaterThanOrEqual(12);
    await page.getByRole('combobox', { name: 'Search' }).fill('Threlfal');
    await page
      .getByRole('option', { name: /Maureen Threlfall/ })
      .first()
      .click();
    const maureen = (await nodeByLabel(page, 'Maureen Threlfall'))!;
    await expect
      .poll(() => page.evaluate(() => window.__linchpinChart?.labelledNodes() ?? []))
      .toContain(maureen);
    // Centred: the result sits near the middle of the chart.
    await page.waitForTimeout(400);
    const box = (await page.locator('.chart-canvas').boundingBox())!;
    const p = await nodePoint(page, maureen);
    expect(Math.abs(p.x - (box.x + box.width / 2))).toBeLessThan(box.width / 4);
    expect(Math.abs(p.y - (box.y + box.height / 2))).toBeLessThan(box.height / 4);
    await screenshot(page, 'map-journey-04-search');
  });

  it('draws two-step ego networks of the demo without an error', async () => {
    await page.getByRole('combobox', { name: 'Search' }).fill('Kayden');
    await page
      .getByRole('option', { name: /Kayden Rook/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await page.getByLabel('Only the network around the selection').check();
    await page.getByLabel('Steps (links) from the selection').fill('2');
    await expect.poll(() => chartNodes(page)).toBeLessThan(100);
    expect(await chartNodes(page)).toBeGreaterThan(3);
    await screenshot(page, 'map-journey-03-ego');
    expect(problems).toEqual([]);
  });
});
