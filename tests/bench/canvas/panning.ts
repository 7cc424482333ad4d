import type { Page } from 'playwright-core';

/** Longest task (ms) reported by a PerformanceObserver while the mouse pans and the wheel zooms. */
export async function longestTaskWhilePanning(
  page: Page,
): Promise<{ longestMs: number; tasks: number }> {
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
