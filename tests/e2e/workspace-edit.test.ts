/**
 * Editing the chart in Chromium with mouse and keyboard: create, link (keyboard and drag),
 * refusal of bad dates, multi-select, delete, undo and redo through the store's own History,
 * exports with their markings, and ForceAtlas2 in its worker on a 5k-node map.
 */
import type { Page } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_LABEL } from '../../renderer/dev/demoLoaded';
import { REPO } from './support/app';
import type { HarnessSite } from './workspace-harness';
import { openHarness, startHarnessSite } from './workspace-harness';

let site: HarnessSite;
beforeAll(async () => {
  site = await startHarnessSite();
});
afterAll(async () => {
  await site?.close();
});

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(REPO, 'tests/e2e/screenshots', `${name}.png`) });
const nodes = (page: Page) => page.evaluate(() => window.__linchpinCanvas?.nodeCount() ?? 0);
const edges = (page: Page) => page.evaluate(() => window.__linchpinCanvas?.edgeCount() ?? 0);

/** Two people outside any group, so a click lands on the person and not on a group box. */
async function twoLoosePeople(page: Page): Promise<[string, string]> {
  const ids = await page.evaluate(() => {
    const loaded = window.__linchpinLoaded?.();
    return [...(loaded?.entities.values() ?? [])]
      .filter((e) => e.kind === 'nominal')
      .map((e) => e.id)
      .filter((id) => window.__linchpinCanvas?.describeNode(id)?.parent === undefined);
  });
  return [ids[0] ?? '', ids[5] ?? ''];
}

async function screenPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.locator('.chart-canvas').boundingBox();
  const p = await page.evaluate((n) => window.__linchpinCanvas?.renderedPosition(n), id);
  if (!box || !p) throw new Error(`node ${id} is not on screen`);
  return { x: box.x + p.x, y: box.y + p.y };
}

async function centreAndClick(page: Page, id: string, shift = false) {
  const p = await screenPoint(page, id);
  if (shift) await page.keyboard.down('Shift');
  await page.mouse.click(p.x, p.y);
  if (shift) await page.keyboard.up('Shift');
  await page.waitForTimeout(300);
}

describe('editing the workspace chart', () => {
  it('creates an entity from the keyboard, and undo and redo remove and restore it', async () => {
    const { page, problems } = await openHarness(site);
    const before = await nodes(page);
    await page.locator('.chart-canvas').focus();
    await page.keyboard.press('n');
    const dialog = page.getByRole('dialog', { name: 'New entity' });
    await dialog.waitFor();
    await page.getByLabel('Label').fill('Dorian Pyke');
    await page.getByLabel('Date of birth').fill('2009-03-04');
    await shot(page, 'workspace-edit-01-create-dialog');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => nodes(page)).toBe(before + 1);
    expect(await page.evaluate(() => window.__linchpinCommands)).toContain('add Dorian Pyke');

    await page.keyboard.press('Control+z');
    await expect.poll(() => nodes(page)).toBe(before);
    await page.keyboard.press('Control+y');
    await expect.poll(() => nodes(page)).toBe(before + 1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('creates from the palette; a phone number is stored as E.164', async () => {
    const { page } = await openHarness(site);
    await page.getByRole('button', { name: 'Add phone / deal line' }).click();
    await page.getByLabel('Label').fill('BEANS line');
    await page.getByLabel('Phone number').fill('07700 900999');
    await page.getByRole('button', { name: 'Create' }).click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const phone = [...(window.__linchpinLoaded?.().entities.values() ?? [])].find(
            (e) => e.label === 'BEANS line',
          );
          return phone?.kind === 'phone' ? phone.attrs.number : undefined;
        }),
      )
      .toBe('+447700900999');
    await page.close();
  });

  it('links two selected entities with L, refusing first seen after last seen without losing answers', async () => {
    const { page, problems } = await openHarness(site);
    const [a, b] = await twoLoosePeople(page);
    const before = await edges(page);
    await centreAndClick(page, a);
    await centreAndClick(page, b, true);
    await page.locator('.chart-canvas').focus();
    await page.keyboard.press('l');
    const dialog = page.getByRole('dialog', { name: 'New link' });
    await dialog.waitFor();
    await page.getByLabel('Kind of link').selectOption('co_offends');
    await page.getByLabel('Source', { exact: true }).selectOption('2');
    await page.getByLabel('Intelligence').selectOption('B');
    await page.getByLabel('Handling', { exact: true }).selectOption('P');
    await page.getByLabel('First seen').fill('2025-06-01');
    await page.getByLabel('Last seen').fill('2025-01-01');
    await dialog.getByRole('button', { name: 'Create link' }).click();
    await expect
      .poll(() => dialog.getByText('First seen must not be after last seen').count())
      .toBe(1);
    await shot(page, 'workspace-edit-02-link-refused');
    expect(await page.getByLabel('Kind of link').inputValue()).toBe('co_offends');
    await page.getByLabel('Last seen').fill('2025-09-01');
    await dialog.getByRole('button', { name: 'Create link' }).click();
    await expect.poll(() => edges(page)).toBe(before + 1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws a link by dragging from one node to another in link mode', async () => {
    const { page } = await openHarness(site);
    const [a, b] = await twoLoosePeople(page);
    await page.getByRole('button', { name: 'Draw links' }).click();
    const from = await screenPoint(page, a);
    const to = await screenPoint(page, b);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 8 });
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.waitForTimeout(200);
    await page.mouse.up();
    const dialog = page.getByRole('dialog', { name: 'New link' });
    await dialog.waitFor({ timeout: 5000 });
    const before = await edges(page);
    await dialog.getByRole('button', { name: 'Create link' }).click();
    await expect.poll(() => edges(page)).toBe(before + 1);
    await page.close();
  });

  it('multi-selects, bulk edits, deletes with Delete and brings it back with undo', async () => {
    const { page, problems } = await openHarness(site);
    const [a, b] = await twoLoosePeople(page);
    const beforeNodes = await nodes(page);
    await centreAndClick(page, a);
    await centreAndClick(page, b, true);
    const bulk = page.getByRole('region', { name: /2 entities and 0 links selected/ });
    await bulk.waitFor();
    await bulk.getByLabel('Classification').selectOption('SECRET');
    await bulk.getByRole('button', { name: 'Apply to selection' }).click();
    await expect.poll(() => bulk.getByText('Changes saved.').count()).toBe(1);
    await shot(page, 'workspace-edit-03-bulk');
    const classes = await page.evaluate(
      (ids) => ids.map((id) => window.__linchpinLoaded?.().entities.get(id)?.classification),
      [a, b],
    );
    expect(classes).toEqual(['SECRET', 'SECRET']);

    await page.locator('.chart-canvas').focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => nodes(page)).toBe(beforeNodes - 2);
    await page.keyboard.press('Control+z');
    await expect.poll(() => nodes(page)).toBe(beforeNodes);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('exports SVG and PNG with the marking at top and bottom; a hostile label stays text', async () => {
    const { page, problems } = await openHarness(site, '?hostile=1');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('button', { name: 'Export SVG' }).click();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('button', { name: 'Export PNG' }).click();
    await expect.poll(() => page.evaluate(() => window.__linchpinExports?.length)).toBe(2);
    const report = await page.evaluate(() => {
      const [svg, png] = window.__linchpinExports ?? [];
      const text = String(svg?.data);
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const all = [...doc.querySelectorAll('*')];
      const bytes = png?.data instanceof Uint8Array ? [...png.data.slice(0, 8)] : [];
      return {
        parsed: doc.querySelector('parsererror') === null,
        parseError: doc.querySelector('parsererror')?.textContent ?? '',
        names: [svg?.suggestedName, png?.suggestedName, svg?.mimeType, png?.mimeType],
        markings: all.filter((e) => e.tagName === 'text' && e.textContent === 'OFFICIAL-SENSITIVE')
          .length,
        scripts: doc.getElementsByTagName('script').length,
        handlers: all.filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
        pngSignature: bytes,
        pngSize: png?.data.length ?? 0,
      };
    });
    expect(report.parseError).toBe('');
    expect(report.parsed).toBe(true);
    expect(report.names[2]).toBe('image/svg+xml');
    expect(report.names[3]).toBe('image/png');
    expect(report.names[0]).toMatch(/\.svg$/);
    expect(report.markings).toBe(2);
    expect(report.scripts).toBe(0);
    expect(report.handlers).toBe(0);
    expect(report.pngSignature).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(report.pngSize).toBeGreaterThan(10_000);
    // Kept beside the screenshots, to be looked at like them.
    const png = await page.evaluate(() => {
      const data = window.__linchpinExports?.[1]?.data;
      return data instanceof Uint8Array ? Array.from(data) : [];
    });
    writeFileSync(
      join(REPO, 'tests/e2e/screenshots/workspace-edit-06-export.png'),
      Uint8Array.from(png),
    );
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(HOSTILE_LABEL).toContain('<script>');
    // canvas2svg (inside cytoscape-svg) logs this for some node shapes and draws them anyway.
    expect(problems.filter((p) => !p.includes('Attempted to apply path command'))).toEqual([]);
    await page.close();
  });

  it('lays out 5k nodes with ForceAtlas2 in a worker, with progress, applied as positions', async () => {
    const { page, problems } = await openHarness(site, '?synthetic=5000');
    // Maps over 1,000 entities open as a summary (issue 10); the layout is of the whole map.
    await page.getByRole('button', { name: 'Show every entity' }).click();
    await page.waitForFunction(() => (window.__linchpinCanvas?.nodeCount() ?? 0) === 5000);
    const id = 'ent_00000000000000000001';
    const before = await page.evaluate(
      (n) => window.__linchpinCanvas?.describeNode(n)?.position,
      id,
    );
    await page.getByRole('button', { name: 'Re-run layout' }).click();
    const started = Date.now();
    await page.getByRole('progressbar', { name: 'Force-directed layout in progress' }).waitFor();
    await page.getByRole('progressbar').waitFor({ state: 'detached', timeout: 60_000 });
    const ms = Date.now() - started;
    const after = await page.evaluate(
      (n) => window.__linchpinCanvas?.describeNode(n)?.position,
      id,
    );
    console.info('[figure] ForceAtlas2, 5k nodes / 15k links, in the worker:', { ms });
    expect(after).not.toEqual(before);
    await shot(page, 'workspace-edit-04-fa2-5k');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('has no axe-core violations with a dialog open', async () => {
    const { page } = await openHarness(site);
    await page.locator('.chart-canvas').focus();
    await page.keyboard.press('n');
    await page.getByRole('dialog', { name: 'New entity' }).waitFor();
    const { readFileSync } = await import('node:fs');
    await page.evaluate(readFileSync(join(REPO, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe;
      const r = await axe.run();
      return r.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('the tools mounted on the workspace screen', () => {
  it('search with a typo centres and selects; a saved view brings its positions back', async () => {
    const { page, problems } = await openHarness(site);
    await page.getByRole('combobox', { name: 'Search' }).fill('Threlfal');
    await page
      .getByRole('option', { name: /Maureen Threlfall/ })
      .first()
      .waitFor();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Maureen Threlfall' }).count())
      .toBeGreaterThan(0);

    const id = await page.evaluate(
      () =>
        [...(window.__linchpinLoaded?.().entities.values() ?? [])].find((e) => e.kind === 'phone')
          ?.id ?? '',
    );
    const saved = await page.evaluate(
      (n) => window.__linchpinCanvas?.describeNode(n)?.position,
      id,
    );
    await page.getByRole('button', { name: 'Views (0)' }).click();
    await page.getByLabel('Save the current view as').fill('Start of briefing');
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByRole('button', { name: 'Views (1)' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByLabel('Layout').selectOption('grid');
    await expect
      .poll(() => page.evaluate((n) => window.__linchpinCanvas?.describeNode(n)?.position, id))
      .not.toEqual(saved);
    await page.getByRole('button', { name: 'Views (1)' }).click();
    await page.getByRole('button', { name: 'Apply view Start of briefing' }).click();
    // Places are kept to a tenth of a pixel, so a drawn position may round the other way.
    await expect
      .poll(async () => {
        const at = await page.evaluate(
          (n) => window.__linchpinCanvas?.describeNode(n)?.position,
          id,
        );
        return Math.max(Math.abs((at?.x ?? 1e9) - saved!.x), Math.abs((at?.y ?? 1e9) - saved!.y));
      })
      .toBeLessThanOrEqual(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('analysis sizes and colours the nodes, and its tab has no axe-core violations', async () => {
    const { page, problems } = await openHarness(site);
    const widths = () =>
      page.evaluate(() => {
        const loaded = window.__linchpinLoaded?.();
        const ids = [...(loaded?.entities.values() ?? [])]
          .filter((e) => e.kind === 'nominal')
          .map((e) => e.id);
        return new Set(ids.map((id) => window.__linchpinCanvas?.describeNode(id)?.width)).size;
      });
    expect(await widths()).toBe(1);
    await page.getByRole('button', { name: 'Analysis', exact: true }).click();
    await page.getByLabel('Size nodes by this measure').check();
    await expect.poll(widths, { timeout: 30_000 }).toBeGreaterThan(3);
    await page.getByLabel('Colour by community').check();
    const colours = () =>
      page.evaluate(() => {
        const loaded = window.__linchpinLoaded?.();
        const ids = [...(loaded?.entities.values() ?? [])]
          .filter((e) => e.kind === 'nominal')
          .map((e) => e.id);
        return new Set(ids.map((id) => window.__linchpinCanvas?.describeNode(id)?.colour)).size;
      });
    await expect.poll(colours, { timeout: 30_000 }).toBeGreaterThan(3);
    await shot(page, 'workspace-edit-05-analysis');
    const { readFileSync } = await import('node:fs');
    await page.evaluate(readFileSync(join(REPO, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe;
      const r = await axe.run();
      return r.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    });
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
