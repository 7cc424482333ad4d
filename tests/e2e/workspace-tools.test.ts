/**
 * The view tools (filters, time slider, search, saved views) in Debian's Chromium, on the demo,
 * through their own harness (renderer/dev/tools-harness.html). The harness is added to the build
 * input here rather than in the Vite config, so the page runs under the strict production CSP.
 */
import type { Page } from 'playwright-core';
import { buildDemoWorkspace } from '../../shared/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLoaded } from '../../renderer/dev/demoLoaded';
import type { ToolsHook } from '../../renderer/dev/tools-harness';
import { NO_FILTERS, visibleSet } from '../../renderer/workspace/filters/viewFilters';
import { toGraph } from '../../shared/graph';
import { shot as screenshot } from './support/dev-harness';
import { axeViolations } from './support/flows';
import { openBuiltPage, startHarnessSite, type HarnessSite } from './workspace-harness';

/** The demo as the harness draws it: every entity, and every link between two of them. */
const DEMO = (() => {
  const demo = buildDemoWorkspace();
  return { entities: demo.entities.length, links: demo.links.length };
})();

const loaded = demoLoaded();
const graph = toGraph(loaded.entities.values(), loaded.links.values());
let site: HarnessSite;

const openHarness = () =>
  openBuiltPage(
    site,
    'tools-harness.html',
    (page) =>
      page.waitForFunction(() => window.__linchpinTools !== undefined, null, { timeout: 60_000 }),
    { width: 1280, height: 860 },
  );

const hook = (page: Page) => page.evaluate(() => window.__linchpinTools as ToolsHook);
const shot = (page: Page, name: string) => screenshot(page, name, false);

beforeAll(async () => {
  site = await startHarnessSite('tools-harness.html');
});

afterAll(async () => {
  await site?.close();
});

describe('view tools on the demo', () => {
  it('removes its Ctrl+K listener from the window when unmounted', async () => {
    const page = await site.browser.newPage();
    // Counts keydown listeners on window before any page script runs (CDP, so CSP allows it).
    await page.addInitScript(() => {
      const w = window as unknown as { __keydown: number };
      w.__keydown = 0;
      const add = window.addEventListener.bind(window);
      const remove = window.removeEventListener.bind(window);
      window.addEventListener = ((type: string, ...rest: [never, never]) => {
        if (type === 'keydown') w.__keydown += 1;
        return add(type, ...rest);
      }) as typeof window.addEventListener;
      window.removeEventListener = ((type: string, ...rest: [never, never]) => {
        if (type === 'keydown') w.__keydown -= 1;
        return remove(type, ...rest);
      }) as typeof window.removeEventListener;
    });
    await page.goto(`${site.url}dev/tools-harness.html`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__linchpinTools !== undefined);
    const count = () => page.evaluate(() => (window as unknown as { __keydown: number }).__keydown);
    expect(await count()).toBe(1);
    await page.evaluate(() => window.__linchpinToolsHarness?.unmount());
    expect(await count()).toBe(0);
    await page.close();
  });

  it('filters by date: the counts change to what the shared filters give', async () => {
    const { page, problems } = await openHarness();
    expect(await hook(page)).toMatchObject({ entities: DEMO.entities, links: DEMO.links });
    const period = page.getByRole('group', { name: 'Period (links active)' });
    await period.getByLabel('From').fill('2025-06-01');
    await period.getByLabel('To').fill('2025-08-31');
    const expected = visibleSet(graph, {
      ...NO_FILTERS,
      dateFrom: '2025-06-01',
      dateTo: '2025-08-31',
    });
    await expect
      .poll(() => hook(page))
      .toMatchObject({ entities: expected.entities.size, links: expected.links.size });
    expect(expected.links.size).toBeLessThan(DEMO.links);
    await expect
      .poll(() => page.getByTestId('visible-counts').textContent())
      .toBe(`${expected.entities.size} entities and ${expected.links.size} links visible`);
    await shot(page, 'tools-date-filter');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('finds Maureen Threlfall from "Threlfal", after Ctrl+K focuses the search box', async () => {
    const { page, problems } = await openHarness();
    await page.locator('body').click({ position: { x: 600, y: 400 } });
    await page.keyboard.press('Control+k');
    const box = page.getByRole('combobox', { name: 'Search' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Threlfal');
    const option = page.getByRole('option', { name: /Maureen Threlfall/ });
    await option.waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await option.textContent()).toContain('matched name');
    await page.keyboard.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    await shot(page, 'tools-search');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('picked').textContent())
      .toBe('Picked: Maureen Threlfall');
    const maureen = [...loaded.entities.values()].find((e) => e.label === 'Maureen Threlfall');
    expect((await hook(page)).picked).toBe(maureen?.id);
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    // The picked entity is the selection for the ego network.
    await page.getByRole('checkbox', { name: 'Only the network around the selection' }).check();
    const ego = visibleSet(graph, { ...NO_FILTERS, ego: { ids: [maureen!.id], hops: 1 } });
    await expect
      .poll(() => hook(page))
      .toMatchObject({ entities: ego.entities.size, links: ego.links.size });
    expect(ego.entities.size).toBeLessThan(20);
    await box.focus();
    // Escape with the list closed clears the box.
    await page.keyboard.press('Escape');
    expect(await box.inputValue()).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('moves the time slider with the keyboard, and plays to the end of a window step', async () => {
    const { page, problems } = await openHarness();
    const start = page.getByRole('slider', { name: 'Start' });
    const end = page.getByRole('slider', { name: 'End' });
    await start.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    // The demo's first bar is October 2024, so three steps on is January 2025.
    await expect.poll(async () => (await hook(page)).filters.dateFrom).toBe('2025-01-01');
    expect(await start.getAttribute('aria-valuetext')).toBe('1 January 2025');
    await end.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await hook(page)).filters.dateTo).toBe('2026-09-30');
    const narrowed = await hook(page);
    expect(narrowed.links).toBeLessThan(DEMO.links);
    expect(
      await page.getByText('Showing links active from 1 January 2025 to 30 September 2026').count(),
    ).toBe(1);

    await end.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('End');
    await page.getByRole('button', { name: 'Play' }).click();
    // Play moves the window one month a step.
    await expect
      .poll(async () => (await hook(page)).filters.dateFrom, { timeout: 8_000 })
      .toBe('2025-02-01');
    await shot(page, 'tools-time-slider');
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = (await hook(page)).filters.dateFrom;
    await page.waitForTimeout(1_000);
    expect((await hook(page)).filters.dateFrom).toBe(paused);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('saves a view, resets, and applies the view again; the open menu passes axe', async () => {
    const { page, problems } = await openHarness();
    await page.getByRole('checkbox', { name: /^Phones/ }).uncheck();
    const filtered = await hook(page);
    await page.getByRole('button', { name: 'Views (0)' }).click();
    await page.getByRole('button', { name: 'Save view' }).click();
    expect(await page.getByRole('alert').textContent()).toMatch(/^Give the view a name/);
    await page.getByLabel('Save the current view as').fill('Without phones');
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByRole('button', { name: 'Apply view Without phones' }).waitFor();
    await shot(page, 'tools-views-menu');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Views (1)');
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await expect.poll(async () => (await hook(page)).entities).toBe(DEMO.entities);
    await page.getByRole('button', { name: 'Views (1)' }).click();
    await page.getByRole('button', { name: 'Apply view Without phones' }).click();
    await expect.poll(async () => (await hook(page)).entities).toBe(filtered.entities);
    expect(problems).toEqual([]);
    await page.close();
  });
});
