/**
 * UI responsiveness benchmark: the analysis panel in headless Chromium (its development harness),
 * with main-thread long tasks recorded while it ranks, finds paths and searches for key players
 * on the demo and on a 3,000-entity synthetic map. The point of the analysis worker is that no
 * task reaches 100 ms; this prints what it is. Prints figures; never passes or fails.
 */
import type { Page } from 'playwright-core';
import { startDevHarness } from '../../e2e/support/dev-harness';
import { longTasks, watchLongTasks } from '../../e2e/support/longTasks';

const ready = (page: Page) =>
  page.getByRole('heading', { name: 'Analysis', exact: true }).waitFor({ timeout: 120_000 });

function summary(tasks: number[]) {
  return {
    longTasks: tasks.length,
    longestTaskMs: Math.round(Math.max(0, ...tasks)),
    targetMs: 100,
    withinTarget: Math.max(0, ...tasks) < 100,
  };
}

export async function benchUi(): Promise<Record<string, unknown>> {
  const harness = await startDevHarness();
  try {
    const demo = await harness.open('analysis-harness.html', '', ready);
    await watchLongTasks(demo.page);
    await demo.page.getByLabel('Measure', { exact: true }).selectOption('closeness');
    await demo.page.getByRole('table', { name: /ranked by closeness/i }).waitFor();
    await demo.page.getByLabel('How many people').fill('3');
    await demo.page.getByRole('button', { name: 'Find key players' }).click();
    await demo.page
      .getByRole('region', { name: 'Disruption what-if' })
      .getByRole('list', { name: 'Entities removed' })
      .waitFor({ timeout: 60_000 });
    await demo.page.getByRole('button', { name: 'Assess exposure' }).click();
    await demo.page.getByRole('table', { name: /exposure of safeguarding/i }).waitFor();
    const onDemo = summary(await longTasks(demo.page));
    await demo.page.close();

    const big = await harness.open('analysis-harness.html', '?synthetic=3000', ready);
    await big.page
      .getByRole('table', { name: /ranked by betweenness/i })
      .waitFor({ timeout: 120_000 });
    await watchLongTasks(big.page);
    await big.page.getByLabel('Measure', { exact: true }).selectOption('closeness');
    await big.page
      .getByRole('table', { name: /ranked by closeness/i })
      .waitFor({ timeout: 120_000 });
    await big.page.getByLabel('Measure', { exact: true }).selectOption('pagerank');
    await big.page
      .getByRole('table', { name: /ranked by pagerank/i })
      .waitFor({ timeout: 120_000 });
    const on3000 = summary(await longTasks(big.page));
    await big.page.close();
    return { analysisPanel: { demo: onDemo, synthetic3000: on3000 } };
  } finally {
    await harness.close();
  }
}
