/**
 * Serves the renderer's development harnesses (renderer/dev/*-harness.html) with Vite's dev
 * server and the app's own config and CSP, and opens them in Debian's Chromium. Shared by the
 * e2e suites that test one screen on the demo without a vault.
 */
import { createServer as netServer } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS, REPO } from './app';
import { watchProblems } from './problems';

export interface DevHarness {
  browser: Browser;
  /** Opens `renderer/dev/<name>` with a query and waits for `ready`; page errors are collected. */
  open(
    file: string,
    query: string,
    ready: (page: Page) => Promise<unknown>,
    viewport?: { width: number; height: number },
  ): Promise<{ page: Page; problems: string[] }>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = netServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export async function startDevHarness(): Promise<DevHarness> {
  const port = await freePort();
  const vite: ViteDevServer = await createServer({
    configFile: join(REPO, 'renderer/vite.config.ts'),
    logLevel: 'warn',
    server: { port, strictPort: true, host: '127.0.0.1' },
  });
  await vite.listen();
  const base = `http://127.0.0.1:${port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    browser,
    async open(file, query, ready, viewport = { width: 1400, height: 1000 }) {
      const page = await browser.newPage({ viewport });
      const problems = watchProblems(page);
      await page.goto(`${base}dev/${file}${query}`);
      await ready(page);
      return { page, problems };
    },
    async close() {
      await browser.close();
      await vite.close();
    },
  };
}

/** A full-page screenshot in tests/e2e/screenshots/, to be looked at. */
export const shot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: join(REPO, 'tests/e2e/screenshots', `${name}.png`), fullPage });
