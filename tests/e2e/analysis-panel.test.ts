/**
 * The analysis panel in Debian's Chromium, served by the Vite dev server (renderer/dev/
 * analysis-harness.html): ranking, a path, the key-player what-if, cancelling. A component test:
 * how long the page's main thread is busy meanwhile is measured by `npm run bench -- ui`.
 */
import { join } from 'node:path';
import { buildDemoWorkspace } from '../../shared/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from './support/app';
import { shot, startDevHarness, type DevHarness } from './support/dev-harness';
import { axeViolations } from './support/flows';

const DEMO_ENTITIES = buildDemoWorkspace().entities.length;

let harness: DevHarness;

/** Records main-thread long tasks from page load on; read with `longest()`. */
const openHarness = (query = '') =>
  harness.open(
    'analysis-harness.html',
    query,
    (page) =>
      page.getByRole('heading', { name: 'Analysis', exact: true }).waitFor({ timeout: 120_000 }),
    { width: 1280, height: 1000 },
  );

beforeAll(async () => {
  harness = await startDevHarness();
  // The first load makes Vite optimise dependencies; warm it so the tests measure the panel.
  const { page } = await openHarness();
  await page.close();
});

afterAll(async () => {
  await harness?.close();
});

describe('analysis panel (demo workspace)', () => {
  it('ranks, finds a path and a key-player set without blocking the page', async () => {
    const { page, problems } = await openHarness();
    const ranking = page.getByRole('table', { name: /ranked by betweenness/i });
    await ranking.waitFor();
    const firstRank = ranking.getByRole('row').nth(1);
    await expect.poll(() => firstRank.textContent()).toMatch(/^1/);

    await page.getByLabel('Measure', { exact: true }).selectOption('degree');
    await page.getByRole('table', { name: /ranked by degree/i }).waitFor();
    await page.getByLabel('Size nodes by this measure').check();
    await page.getByLabel('Colour by community').check();
    await expect
      .poll(() => page.evaluate(() => window.__analysisHarness!.colouredBy))
      .toBe(DEMO_ENTITIES);
    expect(await page.evaluate(() => window.__analysisHarness!.sizedBy)).toBe(DEMO_ENTITIES);
    await page.getByRole('button', { name: 'Export ranking as CSV' }).click();
    const csv = await page.evaluate(() => window.__analysisHarness!.csv);
    expect(csv?.split('\r\n')[1]).toBe('rank,label,kind,id,Degree');

    // Two entities by their pickers, then the shortest and strongest path between them.
    const from = page.getByLabel('From', { exact: true });
    const options = await from
      .locator('option')
      .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value).filter(Boolean));
    await from.selectOption(options[0]!);
    await page.getByLabel('To', { exact: true }).selectOption(options[options.length - 1]!);
    await page.getByRole('button', { name: 'Shortest path' }).click();
    const paths = page.getByRole('region', { name: 'Paths' });
    await expect.poll(() => paths.getByRole('status').textContent()).toMatch(/step|not connected/);
    await page.getByRole('button', { name: 'Strongest path' }).click();
    await expect
      .poll(() => paths.getByRole('status').textContent())
      .toMatch(/confidence|not connected/);
    const highlight = await page.evaluate(() => window.__analysisHarness!.highlight);
    expect(highlight?.nodes.length ?? 0).toBeGreaterThan(0);

    await page.getByLabel('How many people').fill('3');
    await page.getByRole('button', { name: 'Find key players' }).click();
    const disruption = page.getByRole('region', { name: 'Disruption what-if' });
    await disruption.getByRole('list', { name: 'Entities removed' }).waitFor({ timeout: 30_000 });
    expect(await disruption.getByRole('listitem').count()).toBe(3);

    await page.getByRole('button', { name: 'Assess exposure' }).click();
    await page.getByRole('table', { name: /exposure of safeguarding/i }).waitFor();

    await shot(page, 'analysis-panel-demo');
    for (const name of ['Key nominals', 'Safeguarding exposure'])
      await page.getByRole('region', { name }).screenshot({
        path: join(
          REPO,
          'tests/e2e/screenshots',
          `analysis-panel-${name.split(' ')[0]!.toLowerCase()}.png`,
        ),
      });
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('ranks 3,000 entities and cancels a key-player search', async () => {
    const { page, problems } = await openHarness('?synthetic=3000');
    await page.getByRole('table', { name: /ranked by betweenness/i }).waitFor({ timeout: 60_000 });
    await page.getByLabel('Measure', { exact: true }).selectOption('closeness');
    await page.getByRole('table', { name: /ranked by closeness/i }).waitFor({ timeout: 60_000 });
    await page.getByLabel('How many people').fill('5');
    await page.getByRole('button', { name: 'Find key players' }).click();
    await page.getByRole('progressbar', { name: 'Key player search progress' }).waitFor();
    await page.waitForTimeout(600);
    await shot(page, 'analysis-panel-running');
    await page
      .getByRole('region', { name: 'Disruption what-if' })
      .getByRole('button', { name: 'Cancel' })
      .click();
    await page.getByText('Cancelled. Nothing was changed.').waitFor();
    // A fresh worker answers after the cancel.
    await page.getByLabel('Measure', { exact: true }).selectOption('pagerank');
    await page.getByRole('table', { name: /ranked by pagerank/i }).waitFor({ timeout: 60_000 });
    expect(problems).toEqual([]);
    await page.close();
  });
});
