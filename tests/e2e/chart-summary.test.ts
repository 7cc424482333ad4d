/**
 * A large map in the real app (built renderer, real vault, clicks and keys only): a fictional
 * 2,500-entity workspace is imported from a JSON file, opens on the Map as a summary of groups
 * and communities, and a group is expanded and collapsed again from the inspector.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSyntheticWorkspace } from '../../shared/demo';
import { writeJsonRecords } from '../../shared/formats';
import { launchApp, screenshot, type RunningApp } from './support/app';
import { axeViolations, createVault } from './support/flows';
import { watchProblems } from './support/problems';

let app: RunningApp;
beforeAll(async () => {
  app = await launchApp();
}, 120_000);
afterAll(async () => {
  await app?.close();
});

const ENTITIES = 2500;
const NAME = 'Operation Larch (synthetic, fictional)';

const synthetic = buildSyntheticWorkspace({ nodes: ENTITIES, linksPerNode: 2, seed: 7 });

/** A person in no group, so the summary puts them in a community. */
function loosePerson(): string {
  const members = new Set(
    synthetic.links.filter((l) => l.kind === 'member_of').map((l) => l.source),
  );
  const labels = synthetic.entities.map((e) => e.label);
  const found = synthetic.entities.find(
    (e) =>
      e.kind === 'nominal' &&
      !members.has(e.id) &&
      labels.filter((l) => l === e.label).length === 1 &&
      synthetic.links.some((l) => l.source === e.id || l.target === e.id),
  );
  if (!found) throw new Error('The synthetic workspace has no loose, linked person');
  return found.label;
}

/** The synthetic workspace (fictional names, ZZ postcodes, drama numbers) as a JSON export. */
function syntheticFile(): Buffer {
  const records = { entities: synthetic.entities, links: synthetic.links, intel: synthetic.intel };
  const doc = {
    records,
    sourceIds: new Map(),
    nodeData: new Map(),
    linkData: new Map(),
    warnings: [],
    types: [],
  };
  return Buffer.from(writeJsonRecords(doc, '2026-11-01T00:00:00.000Z'));
}

describe('a 2,500-entity workspace (real app)', () => {
  it('opens as a summary, and a group expands and collapses on demand', async () => {
    const { page } = app;
    const problems = watchProblems(page);
    await createVault(page, { demo: true });
    await page.getByRole('tab', { name: 'Map' }).waitFor();
    await page.getByRole('button', { name: 'Workspaces' }).click();
    await page.getByLabel('New workspace name').fill(NAME);
    await page.getByRole('button', { name: 'Create workspace', exact: true }).click();
    await page.getByRole('button', { name: `Open ${NAME}` }).click();
    await page.getByRole('tab', { name: 'Import and export' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import GraphML, GEXF, ANX or JSON…' }).click();
    await (
      await chooser
    ).setFiles({ name: 'larch.json', mimeType: 'application/json', buffer: syntheticFile() });
    // The file rests on no intelligence item (otherwise the import asks for the new item's grade).
    await page.getByLabel('No intelligence item').check();
    await page.getByRole('button', { name: 'Import new records' }).click();
    await page.getByText(/^Imported \d[\d,]* entities/).waitFor({ timeout: 90_000 });

    await page.getByRole('tab', { name: 'Map' }).click();
    const bar = page.locator('.summary-bar [role="status"]');
    await expect
      .poll(() => bar.textContent(), { timeout: 60_000 })
      .toMatch(
        /^Summary of 2,500 entities: \d+ groups and \d+ communities, each drawn as one node/,
      );
    const chart = page.getByRole('application', { name: /^Association chart of / });
    const drawn = async () => {
      const label = (await chart.getAttribute('aria-label')) ?? '';
      return Number(/: (\d+) entities and/.exec(label)?.[1] ?? -1);
    };
    const combos = await drawn();
    expect(combos).toBeGreaterThan(5);
    expect(combos).toBeLessThan(200);
    for (const [width, height] of [
      [1366, 768],
      [1440, 900],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(400);
      await screenshot(page, `chart-summary-01-${width}x${height}`);
    }
    expect(await axeViolations(page)).toEqual([]);

    // A member of a collapsed group says where it is, and opens the group from there.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Synthetic group 3');
    await page
      .getByRole('option', { name: /Synthetic group 3\b/ })
      .first()
      .waitFor();
    await page.keyboard.press('Enter');
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByRole('heading', { level: 2, name: 'Synthetic group 3' }).waitFor();
    await inspector.getByRole('button', { name: 'Expand group' }).click();
    await expect.poll(drawn).toBeGreaterThan(combos + 10);
    await expect.poll(() => bar.textContent()).toMatch(/; 1 is expanded\.$/);
    await inspector.getByRole('button', { name: 'Collapse group' }).waitFor();
    await screenshot(page, 'chart-summary-02-group-expanded-1440x900');

    await inspector.getByRole('button', { name: 'Collapse group' }).click();
    await expect.poll(drawn).toBe(combos);

    // Choosing a person hidden in a community opens that community to show them.
    const person = loosePerson();
    await page.keyboard.press('Control+k');
    await page.keyboard.type(person);
    await page
      .getByRole('option', { name: new RegExp(`^${person}`) })
      .first()
      .click();
    await inspector.getByRole('heading', { level: 2, name: person }).waitFor();
    await expect.poll(drawn).toBeGreaterThan(combos + 10);
    await expect.poll(() => bar.textContent()).toMatch(/; 1 is expanded\.$/);
    await screenshot(page, 'chart-summary-03-member-revealed-1440x900');
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await expect.poll(drawn).toBe(combos);

    // Every entity, and back to the summary.
    await page.getByRole('button', { name: 'Show every entity' }).click();
    await expect.poll(drawn, { timeout: 60_000 }).toBe(ENTITIES);
    await screenshot(page, 'chart-summary-04-every-entity-1440x900');
    await page.getByRole('button', { name: 'Summarise' }).click();
    await expect.poll(drawn, { timeout: 60_000 }).toBe(combos);
    expect(problems).toEqual([]);
  });
});
