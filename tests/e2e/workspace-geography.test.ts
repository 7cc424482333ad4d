/**
 * The geographic layout in Debian's Chromium: the demo's locations at their coordinates over the
 * UK outline, everything else beside the places it links to, the outline following pan and zoom,
 * explained in the legend, and drawn into the exports.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLoaded } from '../../renderer/dev/demoLoaded';
import { buildElements } from '../../renderer/workspace/elements';
import { DEMO_REFERENCE_DATE } from '../../shared/demo';
import { SLOT, placeGeographically, placesOf } from '../../shared/geo';
import { REPO } from './support/app';
import { shot } from './support/dev-harness';
import { axeViolations } from './support/flows';
import { openHarness, startHarnessSite, type HarnessSite } from './workspace-harness';

let site: HarnessSite;

beforeAll(async () => {
  site = await startHarnessSite();
});

afterAll(async () => {
  await site?.close();
});

const loaded = demoLoaded();
const entities = [...loaded.entities.values()];
const placement = (workspace: typeof loaded) =>
  placeGeographically(
    buildElements(workspace, DEMO_REFERENCE_DATE, { compound: false }),
    placesOf(workspace.entities.values()),
  );
const expected = placement(loaded);
const positions = (page: Page) => page.evaluate(() => window.__linchpinCanvas?.positions() ?? {});

async function chooseGeographic(page: Page, placed = expected) {
  await page.getByLabel('Layout').selectOption('geographic');
  const anyPlace = entities.find((e) => e.kind === 'location')?.id ?? '';
  await expect
    .poll(async () => (await positions(page))[anyPlace])
    .toEqual(placed.positions.get(anyPlace));
  await page.locator('.geo-underlay path.geo-uk').waitFor({ state: 'attached' });
}

describe('geographic layout', () => {
  it('places the demo by its coordinates, over an outline that follows the chart', async () => {
    const { page, problems } = await openHarness(site);
    await chooseGeographic(page);

    // Exactly the pure placement of shared/geo: the chart adds nothing and loses nothing.
    const drawn = await positions(page);
    expect(Object.keys(drawn)).toHaveLength(expected.positions.size);
    for (const [id, p] of expected.positions) expect(drawn[id], id).toEqual(p);

    // The exporting city (Ravensholt) lies north-east of the market town (Kestrelford).
    const places = entities.flatMap((e) =>
      e.kind === 'location' && e.attrs.lat !== undefined ? [{ id: e.id, lat: e.attrs.lat }] : [],
    );
    const mean = (ids: string[], axis: 'x' | 'y') =>
      ids.reduce((sum, id) => sum + (drawn[id]?.[axis] ?? Number.NaN), 0) / ids.length;
    const city = places.filter((p) => p.lat > 52.7).map((p) => p.id);
    const town = places.filter((p) => p.lat < 52.7).map((p) => p.id);
    expect(city.length).toBeGreaterThan(3);
    expect(town.length).toBeGreaterThan(3);
    expect(mean(city, 'y')).toBeLessThan(mean(town, 'y'));
    expect(mean(city, 'x')).toBeGreaterThan(mean(town, 'x'));

    // A person is drawn beside the one address they are linked to.
    const home = [...loaded.links.values()].find(
      (l) =>
        loaded.entities.get(l.source)?.kind === 'nominal' &&
        loaded.entities.get(l.target)?.kind === 'location' &&
        [...loaded.links.values()].filter(
          (m) =>
            (m.source === l.source || m.target === l.source) &&
            loaded.entities.get(m.source === l.source ? m.target : m.source)?.kind === 'location',
        ).length === 1,
    );
    expect(home).toBeDefined();
    const [person, address] = [drawn[home?.source ?? ''], drawn[home?.target ?? '']];
    expect(person && address).toBeTruthy();
    const apart = Math.hypot(
      (person?.x ?? 0) - (address?.x ?? 0),
      (person?.y ?? 0) - (address?.y ?? 0),
    );
    expect(apart).toBeLessThanOrEqual(2 * Math.hypot(SLOT.width, SLOT.height));

    // The outline is decoration with a text alternative, and it moves with the chart.
    const underlay = page.locator('.geo-underlay');
    expect(await underlay.getAttribute('aria-hidden')).toBe('true');
    expect(((await underlay.locator('.geo-uk').getAttribute('d')) ?? '').length).toBeGreaterThan(
      5000,
    );
    const aligned = async () => {
      const transform = (await page.locator('.geo-underlay > g').getAttribute('transform')) ?? '';
      const [tx, ty, zoom] = (transform.match(/-?[\d.]+(e-?\d+)?/g) ?? []).map(Number);
      const id = home?.target ?? '';
      const model = (await positions(page))[id];
      const screen = await page.evaluate((n) => window.__linchpinCanvas?.renderedPosition(n), id);
      return (
        model !== undefined &&
        screen !== undefined &&
        Math.abs((tx ?? 0) + (zoom ?? 0) * model.x - screen.x) < 0.5 &&
        Math.abs((ty ?? 0) + (zoom ?? 0) * model.y - screen.y) < 0.5
      );
    };
    await expect.poll(aligned).toBe(true);
    const before = await page.locator('.geo-underlay > g').getAttribute('transform');
    await page.locator('.chart-canvas').focus();
    await page.keyboard.press('+');
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => page.locator('.geo-underlay > g').getAttribute('transform'))
      .not.toBe(before);
    await expect.poll(aligned).toBe(true);
    await page.keyboard.press('0');

    // The locator map marks the part of the UK on screen: the Midlands, between the two towns.
    const locator = page.locator('.geo-locator');
    expect(await locator.getAttribute('aria-hidden')).toBe('true');
    const here = await page.locator('.geo-here').evaluate((r) => {
      const attr = (name: string) => Number(r.getAttribute(name));
      return { x: attr('x'), y: attr('y'), width: attr('width'), height: attr('height') };
    });
    const middle = {
      x: (mean(city, 'x') + mean(town, 'x')) / 2,
      y: (mean(city, 'y') + mean(town, 'y')) / 2,
    };
    expect(here.width).toBeGreaterThan(0);
    expect(middle.x).toBeGreaterThan(here.x);
    expect(middle.x).toBeLessThan(here.x + here.width);
    expect(middle.y).toBeGreaterThan(here.y);
    expect(middle.y).toBeLessThan(here.y + here.height);

    // The legend says what the outline is and how many entities had nowhere to go.
    await page.getByRole('button', { name: 'Legend', exact: true }).click();
    const legend = page.locator('#ws-legend');
    await expect.poll(() => legend.textContent()).toContain('Natural Earth, public domain');
    const strip =
      expected.inStrip === 0 ? 'Every entity is linked to a place.' : `${expected.inStrip} ent`;
    expect(await legend.textContent()).toContain(strip);
    expect(await legend.textContent()).toContain(
      `${expected.located} places are at their coordinates`,
    );

    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'workspace-geography', false);

    // Another layout takes the map away.
    await page.getByLabel('Layout').selectOption('grid');
    await expect.poll(() => underlay.count()).toBe(0);
    expect(await locator.count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('frames the entities it cannot place, and exports the map with its attribution', async () => {
    // The hostile entity is linked to nothing, so it has no place: the strip holds it alone.
    const { page, problems } = await openHarness(site, '?hostile=1');
    const hostile = placement(demoLoaded({ hostile: true }));
    expect(hostile.inStrip).toBe(1);
    await chooseGeographic(page, hostile);
    await expect
      .poll(() => page.locator('.geo-strip-caption').textContent())
      .toBe('No known place: 1 entity');
    await page.getByRole('button', { name: 'Legend', exact: true }).click();
    expect(await page.locator('#ws-legend').textContent()).toContain(
      '1 entity has no location and no link to one: in the strip east of the map.',
    );

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('button', { name: 'Export SVG' }).click();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('button', { name: 'Export PNG' }).click();
    // Encoding a PNG several thousand pixels wide takes seconds on a busy machine.
    await expect
      .poll(() => page.evaluate(() => window.__linchpinExports?.length), { timeout: 60_000 })
      .toBe(2);
    const svg = await page.evaluate(() => {
      const text = String(window.__linchpinExports?.[0]?.data);
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? '',
        land: doc.querySelectorAll('path[fill="#fbfaf6"]').length,
        credit: texts.some((t) => t.includes('Natural Earth, public domain')),
        strip: texts.includes('No known place: 1 entity'),
        scripts: doc.getElementsByTagName('script').length,
      };
    });
    expect(svg).toEqual({ error: '', land: 1, credit: true, strip: true, scripts: 0 });
    const png = await page.evaluate(() => {
      const data = window.__linchpinExports?.[1]?.data;
      return data instanceof Uint8Array ? Array.from(data) : [];
    });
    expect(png.slice(0, 4)).toEqual([0x89, 0x50, 0x4e, 0x47]);
    writeFileSync(
      join(REPO, 'tests/e2e/screenshots/workspace-geography-export.png'),
      Uint8Array.from(png),
    );
    await shot(page, 'workspace-geography-strip', false);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    // canvas2svg (inside cytoscape-svg) logs this for some node shapes and draws them anyway.
    expect(problems.filter((p) => !p.includes('Attempted to apply path command'))).toEqual([]);
    await page.close();
  });
});
