import type { Page } from 'playwright-core';

/** What Cytoscape itself draws, read through the app's read-only chart probe. */
export const chartNodes = (page: Page) =>
  page.evaluate(() => window.__linchpinChart?.nodeCount() ?? -1);
export const chartEdges = (page: Page) =>
  page.evaluate(() => window.__linchpinChart?.edgeCount() ?? -1);
export const nodeByLabel = (page: Page, label: string) =>
  page.evaluate((l) => window.__linchpinChart?.findByLabel(l), label);
export const describeNode = (page: Page, id: string) =>
  page.evaluate((n) => window.__linchpinChart?.describeNode(n), id);
export const chartSelection = (page: Page) =>
  page.evaluate(() => window.__linchpinChart?.selectedIds());

/** Waits until the chart is mounted and has drawn at least one node. */
export async function chartReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (window.__linchpinChart?.nodeCount() ?? 0) > 0, undefined, {
    timeout: 60_000,
  });
}

/** Where a node is on the page, for a real mouse click or drag. */
export async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.locator('.chart-canvas').boundingBox();
  const p = await page.evaluate((n) => window.__linchpinChart?.renderedPosition(n), id);
  if (!box || !p) throw new Error(`node ${id} is not on screen`);
  return { x: box.x + p.x, y: box.y + p.y };
}

export async function clickNode(page: Page, id: string, shift = false): Promise<void> {
  const p = await nodePoint(page, id);
  if (shift) await page.keyboard.down('Shift');
  await page.mouse.click(p.x, p.y);
  if (shift) await page.keyboard.up('Shift');
}
