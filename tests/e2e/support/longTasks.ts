import type { Page } from 'playwright-core';

type Watched = { __longTasks: number[] };

/** Starts recording the page's main-thread long tasks (over 50 ms), from now on. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as Watched;
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
}

/** The durations recorded since watchLongTasks, in ms. */
export const longTasks = (page: Page): Promise<number[]> =>
  page.evaluate(() => (window as unknown as Watched).__longTasks);

export const longestTask = async (page: Page): Promise<number> =>
  Math.max(0, ...(await longTasks(page)));

export const forgetLongTasks = (page: Page): Promise<void> =>
  page.evaluate(() => void ((window as unknown as Watched).__longTasks = []));
