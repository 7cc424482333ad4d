/**
 * The workspace screen in Debian's Chromium: the harness (renderer/dev/) built by Vite with the
 * app's own config and strict CSP, served on 127.0.0.1, driven by playwright-core.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_LABEL, demoLoaded } from '../../renderer/dev/demoLoaded';
import { buildElements } from '../../renderer/workspace/elements';
import { DEMO_REFERENCE_DATE } from '../../shared/demo';
import { shot as screenshot } from './support/dev-harness';
import { axeViolations } from './support/flows';
import { openHarness as open, startHarnessSite, type HarnessSite } from './workspace-harness';

let site: HarnessSite;
const openHarness = (query = '') => open(site, query);
const shot = (page: Page, name: string) => screenshot(page, name, false);

beforeAll(async () => {
  site = await startHarnessSite();
});

afterAll(async () => {
  await site?.close();
});

describe('workspace screen', () => {
  it('draws every entity and link of the demo, and a hostile label stays text', async () => {
    const { page, problems } = await openHarness('?hostile=1');
    const loaded = demoLoaded({ hostile: true });
    const expected = buildElements(loaded, DEMO_REFERENCE_DATE);
    const counts = await page.evaluate(() => ({
      nodes: window.__linchpinCanvas?.nodeCount(),
      edges: window.__linchpinCanvas?.edgeCount(),
    }));
    expect(counts).toEqual({ nodes: loaded.entities.size, edges: expected.edges.length });
    await shot(page, 'workspace-chart');

    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await expect.poll(() => page.getByRole('button', { name: HOSTILE_LABEL }).count()).toBe(1);
    await page.getByRole('button', { name: HOSTILE_LABEL }).click();
    await expect.poll(() => page.getByRole('heading', { name: HOSTILE_LABEL }).count()).toBe(1);
    expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('switches layout, moving the nodes, and fits', async () => {
    const { page } = await openHarness();
    const id = [...demoLoaded().entities.values()].find((e) => e.kind === 'phone')?.id ?? '';
    const before = await page.evaluate(
      (n) => window.__linchpinCanvas?.describeNode(n)?.position,
      id,
    );
    await page.getByLabel('Layout').selectOption('grid');
    await expect
      .poll(() => page.evaluate((n) => window.__linchpinCanvas?.describeNode(n)?.position, id))
      .not.toEqual(before);
    await page.getByLabel('Layout').selectOption('concentric');
    await page.getByLabel('Layout').selectOption('hierarchy');
    await page.getByRole('button', { name: 'Fit' }).click();
    await shot(page, 'workspace-hierarchy');
    await page.close();
  });

  it('toggles to tables with proper semantics, selects from them, and edits through a command', async () => {
    const { page } = await openHarness();
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const entities = page.getByRole('table', { name: /Entities/ });
    await expect.poll(() => entities.count()).toBe(1);
    expect(await entities.locator('th[scope="col"]').count()).toBe(7);
    await page.getByRole('button', { name: 'Kind', exact: true }).click();
    expect(await page.locator('th[aria-sort="ascending"]').first().textContent()).toContain('Kind');

    // The most recently first-seen link: move "last seen" before it; the refusal sits by the field.
    const links = page.getByRole('table', { name: /Links/ });
    await links.getByRole('button', { name: 'First seen' }).click();
    await links.getByRole('button', { name: 'First seen' }).click();
    await links.locator('tbody th button').first().click();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    expect(await page.getByLabel('First seen').inputValue()).not.toBe('');
    await page.getByLabel('Last seen').fill('2000-01-01');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(async () => {
        const described = await page.getByLabel('Last seen').getAttribute('aria-describedby');
        return described ? page.locator(`#${described}`).textContent() : null;
      })
      .toBe('First seen must not be after last seen');
    expect(await page.getByLabel('Last seen').inputValue()).toBe('2000-01-01');
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'workspace-refused-edit');

    await page.getByLabel('Last seen').fill('');
    await page.getByRole('button', { name: 'Save' }).click();
    // Automatic placement of entities that had no place is saved too; the edit is the one asked for.
    await expect
      .poll(() =>
        page.evaluate(() => window.__linchpinCommands?.filter((c) => !c.startsWith('place '))),
      )
      .toEqual(['edit link']);
    await page.close();
  });

  it('shows a refusal from the store and keeps what the user typed', async () => {
    const { page } = await openHarness('?refuse=1');
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page
      .getByRole('table', { name: /Entities/ })
      .locator('tbody th button')
      .first()
      .click();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByLabel('Label', { exact: true }).fill('Renamed by the analyst');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('form', { name: /^Edit / })
          .getByRole('alert')
          .textContent(),
      )
      .toContain('The store refused this edit');
    expect(await page.getByLabel('Label', { exact: true }).inputValue()).toBe(
      'Renamed by the analyst',
    );
    await page.close();
  });

  it('has no axe-core violations on the chart and table views', async () => {
    const { page } = await openHarness();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('destroys the Cytoscape instance when the screen unmounts', async () => {
    const { page } = await openHarness();
    expect(await page.evaluate(() => window.__linchpinCanvas?.destroyed)).toBe(false);
    await page.evaluate(() => window.__linchpinHarness?.unmount());
    expect(await page.evaluate(() => window.__linchpinCanvas?.destroyed)).toBe(true);
    expect(await page.locator('canvas').count()).toBe(0);
    await page.close();
  });

  it('measures the first draw of a 2k-node map with saved positions', async () => {
    const { page } = await openHarness('?synthetic=2000');
    // Maps over 1,000 entities open as a summary (issue 10); this measures the whole map.
    await page.getByRole('button', { name: 'Show every entity' }).click();
    await page.waitForFunction(() => (window.__linchpinCanvas?.nodeCount() ?? 0) === 2000);
    const figure = await page.evaluate(() => ({
      nodes: window.__linchpinCanvas?.nodeCount(),
      edgesAtFirstDraw: window.__linchpinCanvas?.edgesAtFirstDraw,
      firstDrawMs: Math.round(window.__linchpinCanvas?.firstDrawMs ?? -1),
    }));
    console.info('[figure] first draw, 2k nodes / 6k links, saved positions:', figure);
    expect(figure.nodes).toBe(2000);
    // The first paint holds the entities only (the view's first update must not flush the links
    // into it); the links follow in a batch of their own.
    expect(figure.edgesAtFirstDraw).toBe(0);
    await page.waitForFunction(() => window.__linchpinCanvas?.edgesPending() === false);
    expect(await page.evaluate(() => window.__linchpinCanvas?.edgeCount())).toBe(6000);
    await shot(page, 'workspace-2k');
    await page.close();
  });
});
