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
import { serveStatic } from './support/server';

export interface HarnessSite {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startHarnessSite(): Promise<HarnessSite> {
  const outDir = mkdtempSync(join(tmpdir(), 'linchpin-harness-'));
  process.env.LINCHPIN_HARNESS = '1';
  await build({
    configFile: join(REPO, 'renderer/vite.config.ts'),
    logLevel: 'warn',
    // Only the harness: the app's own page is built and tested by the app's e2e suites.
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: join(REPO, 'renderer/dev/workspace-harness.html') },
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

/** Opens the harness and waits for the chart's first draw; collects page errors and CSP reports. */
export async function openHarness(
  site: HarnessSite,
  query = '',
): Promise<{ page: Page; problems: string[] }> {
  const page = await site.browser.newPage({ viewport: { width: 1400, height: 900 } });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    const text = m.text();
    if (
      m.type() === 'error' &&
      !text.includes('frame-ancestors') &&
      !text.startsWith('Failed to load resource')
    )
      problems.push(text);
  });
  await page.goto(`${site.url}dev/workspace-harness.html${query}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__linchpinCanvas?.ready === true, null, {
    timeout: 120_000,
  });
  return { page, problems };
}
