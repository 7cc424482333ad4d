/**
 * Builds the workspace harness (renderer/dev/workspace-harness.html) alone with the app's own
 * Vite config and strict CSP, serves it on 127.0.0.1 and opens it in Debian's Chromium. Shared
 * by the workspace e2e tests and the canvas benchmark.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS, REPO } from './support/app';
import { watchProblems } from './support/problems';
import { serveStatic } from './support/server';

export interface HarnessSite {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds one harness page (`renderer/dev/<file>`) alone and serves it. */
export async function startHarnessSite(file = 'workspace-harness.html'): Promise<HarnessSite> {
  const outDir = mkdtempSync(join(tmpdir(), 'linchpin-harness-'));
  process.env.LINCHPIN_HARNESS = '1';
  await build({
    configFile: join(REPO, 'renderer/vite.config.ts'),
    logLevel: 'warn',
    // Only the harness: the app's own page is built and tested by the app's e2e suites.
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: join(REPO, 'renderer/dev', file) },
    },
  });
  // The static server expects the app's page; the harness build has none of its own.
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>harness build</title>');
  const server = await serveStatic(outDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS.filter((a) => a !== '--headless'),
    headless: true,
  });
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Opens a built harness page, waits for `ready`; collects page errors, CSP reports, failed loads. */
export async function openBuiltPage(
  site: HarnessSite,
  path: string,
  ready: (page: Page) => Promise<unknown>,
  viewport = { width: 1400, height: 900 },
): Promise<{ page: Page; problems: string[] }> {
  const page = await site.browser.newPage({ viewport });
  const problems = watchProblems(page);
  await page.goto(`${site.url}dev/${path}`, { waitUntil: 'commit' });
  await ready(page);
  return { page, problems };
}

/** Opens the workspace harness and waits for the chart's first draw. */
export function openHarness(site: HarnessSite, query = '') {
  return openBuiltPage(site, `workspace-harness.html${query}`, (page) =>
    page.waitForFunction(() => window.__linchpinCanvas?.ready === true, null, {
      timeout: 120_000,
    }),
  );
}
