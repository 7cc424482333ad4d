import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { _electron, chromium } from 'playwright-core';
import { serveStatic } from './server';

export const REPO = resolve(import.meta.dirname, '../../..');
export const CHROMIUM = process.env.LINCHPIN_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `LINCHPIN_E2E_TARGET=electron` drives the real Electron app where its binary exists. */
export const TARGET = process.env.LINCHPIN_E2E_TARGET === 'electron' ? 'electron' : 'browser';

export interface RunningApp {
  page: Page;
  /** The browser profile folder holding the app's IndexedDB (browser target only). */
  profileDir: string | undefined;
  /** Closes the window and reopens the app on the same profile, as a user restarting it. */
  restart(): Promise<Page>;
  close(): Promise<void>;
}

/** The window every test starts in. */
const DEFAULT_VIEWPORT = { width: 1400, height: 900 };

export async function launchApp(): Promise<RunningApp> {
  return TARGET === 'electron' ? launchElectron() : launchBrowser();
}

async function launchBrowser(): Promise<RunningApp> {
  const server = await serveStatic(join(REPO, 'dist/renderer'));
  const profileDir = mkdtempSync(join(tmpdir(), 'linchpin-e2e-'));
  let context: BrowserContext;
  const open = async () => {
    // A persistent context keeps IndexedDB on disk, so tests can read the raw files.
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS.filter((a) => a !== '--headless'),
      headless: true,
      viewport: DEFAULT_VIEWPORT,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => console.error('[page error]', e.message));
    await page.goto(server.url);
    return page;
  };
  const page = await open();
  return {
    page,
    profileDir,
    restart: async () => {
      await context.close();
      return open();
    },
    close: async () => {
      await context.close();
      await server.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

async function launchElectron(): Promise<RunningApp> {
  const userData = mkdtempSync(join(tmpdir(), 'linchpin-e2e-electron-'));
  const start = () => _electron.launch({ args: [REPO, `--user-data-dir=${userData}`], cwd: REPO });
  let app = await start();
  const page = await app.firstWindow();
  return {
    page,
    profileDir: userData,
    restart: async () => {
      await app.close();
      app = await start();
      return app.firstWindow();
    },
    close: async () => {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    },
  };
}

/** The laptop and desktop sizes the house rules ask us to look at. */
export const SCREEN_SIZES = [
  [1366, 768],
  [1440, 900],
] as const;

/**
 * A screenshot at each of SCREEN_SIZES, named `<name>-<width>x<height>`; `settle` runs after each
 * resize (bring the subject into view, let the chart redraw). The window goes back to its usual
 * size afterwards.
 */
export async function screenshotsAtBothSizes(
  page: Page,
  name: string,
  settle?: () => Promise<void>,
): Promise<void> {
  for (const [width, height] of SCREEN_SIZES) {
    await page.setViewportSize({ width, height });
    await settle?.();
    await screenshot(page, `${name}-${width}x${height}`);
  }
  await page.setViewportSize(DEFAULT_VIEWPORT);
}

/** Opens one of the workspace's tabs by its exact name. */
export const openTab = (page: Page, name: string) =>
  page.getByRole('tab', { name, exact: true }).click();

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(REPO, 'tests/e2e/screenshots', `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}
