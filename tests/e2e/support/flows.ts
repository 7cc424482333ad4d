import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export const E2E_PASSPHRASE = 'lantern orchard velvet quarry 42';

/** First run: names the analyst and creates the vault, with or without the demo. */
export async function createVault(
  page: Page,
  options: { demo: boolean; name?: string },
): Promise<void> {
  await page.getByRole('heading', { name: 'Welcome to Linchpin' }).waitFor();
  await page
    .getByLabel('Your name (recorded in the audit log)')
    .fill(options.name ?? 'DC Test Analyst');
  await page.getByLabel('Vault passphrase').fill(E2E_PASSPHRASE);
  await page.getByLabel('Type the passphrase again').fill(E2E_PASSPHRASE);
  await page.locator('#strength-meter[data-score="4"]').waitFor();
  if (!options.demo) await page.getByLabel('Add and open the fictional demo workspace').uncheck();
  await page.getByRole('button', { name: 'Create vault' }).click();
}

/** Runs axe-core in the page and returns its violations, described for a readable failure. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, which the page's CSP rightly does not let a <script> do.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: { id: string; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  });
}

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
