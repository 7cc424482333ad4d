/**
 * Canvas benchmark: the workspace harness in headless Chromium (no GPU). For 2k- and 5k-node
 * synthetic maps with saved positions: time to first draw, the longest main-thread task while
 * panning and zooming for about 3 s, and ForceAtlas2 on 5k nodes in its worker. Prints figures;
 * never passes or fails. Runnable alone: `node --import tsx tests/bench/canvas/index.ts`.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { HarnessSite } from '../../e2e/workspace-harness';
import { openHarness, startHarnessSite } from '../../e2e/workspace-harness';

/** Longest task (ms) reported by a PerformanceObserver while the mouse pans and the wheel zooms. */
async function longestTaskWhilePanning(page: Page): Promise<{ longestMs: number; tasks: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const box = await page.locator('.chart-canvas').boundingBox();
  if (!box) throw new Error('The chart is not on screen.');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const until = Date.now() + 3000;
  let step = 0;
  while (Date.now() < until) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 120, cy + 60, { steps: 6 });
    await page.mouse.up();
    await page.mouse.wheel(0, step % 2 === 0 ? -240 : 240);
    step += 1;
  }
  await page.waitForTimeout(300);
  const tasks = await page.evaluate(
    () => (window as unknown as { __longTasks: number[] }).__longTasks,
  );
  return { longestMs: Math.round(Math.max(0, ...tasks)), tasks: tasks.length };
}

/** performance.now() in the page at the first frame that shows every link. */
function linksDrawnAt(page: Page): Promise<number> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate(async () => {
    while (window.__linchpinCanvas?.edgesPending()) await new Promise((r) => setTimeout(r, 5));
    return new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
  });
}

async function mapFigures(site: HarnessSite, nodes: number) {
  const { page } = await openHarness(site, `?synthetic=${nodes}`);
  const first = await page.evaluate(() => ({
    ms: window.__linchpinCanvas?.firstDrawMs ?? -1,
    at: window.__linchpinCanvas?.readyAt ?? 0,
  }));
  const linksAt = await linksDrawnAt(page);
  const panning = await longestTaskWhilePanning(page);
  const figures: Record<string, unknown> = {
    nodes,
    links: nodes * 3,
    firstDrawMs: Math.round(first.ms),
    // The first paint shows the nodes; this is when the frame showing every link too came.
    linksDrawnMs: Math.round(first.ms + Math.max(0, linksAt - first.at)),
    panning,
  };
  if (nodes >= 5000) {
    await page.getByLabel('Layout').selectOption('force');
    const started = Date.now();
    await page.getByRole('progressbar').waitFor();
    await page.getByRole('progressbar').waitFor({ state: 'detached', timeout: 120_000 });
    figures.forceAtlas2WorkerMs = Date.now() - started;
  }
  await page.close();
  return figures;
}

export async function benchCanvas(): Promise<Record<string, unknown>> {
  const site = await startHarnessSite();
  try {
    return {
      note: 'headless Chromium, software rendering, canvas renderer; first draw with saved positions',
      map2k: await mapFigures(site, 2000),
      map5k: await mapFigures(site, 5000),
    };
  } finally {
    await site.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  console.log(JSON.stringify(await benchCanvas(), null, 2));
}
