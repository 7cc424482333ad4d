/**
 * Vault benchmark in real Chromium IndexedDB: bundles page.ts with esbuild, serves it on
 * 127.0.0.1, drives /usr/bin/chromium with playwright-core and prints the page's figures.
 * `node --import tsx tests/bench/vault/index.ts` runs it alone. Figures, never pass/fail.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.LINCHPIN_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const TIMEOUT_MS = 15 * 60_000;

export async function benchVault(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'linchpin-bench-vault-'));
  const profile = mkdtempSync(join(tmpdir(), 'linchpin-bench-profile-'));
  try {
    const bundle = (entry: string, out: string) =>
      build({
        entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        outfile: join(dir, out),
        logLevel: 'silent',
      });
    await bundle('./page.ts', 'page.js');
    // The loader pool asks for `new URL('./load.worker.ts', import.meta.url)`; Vite bundles that in
    // the app, so here the worker is bundled by hand and served (as JavaScript) under that name.
    await bundle('../../../renderer/store/load/load.worker.ts', 'load.worker.ts');
    await bundle('../../../renderer/store/kdf/kdf.worker.ts', 'kdf.worker.ts');
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><meta charset="utf-8"><script type="module" src="page.js"></script>',
    );
    const server = createServer((req, res) => {
      const asked = (req.url ?? '/').split('?')[0] ?? '/';
      const file = ['/page.js', '/load.worker.ts', '/kdf.worker.ts'].includes(asked)
        ? asked.slice(1)
        : 'index.html';
      readFile(join(dir, file)).then(
        (body) =>
          res
            .writeHead(200, {
              'Content-Type': file === 'index.html' ? 'text/html' : 'text/javascript',
            })
            .end(body),
        () => res.writeHead(404).end(),
      );
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const { port } = server.address() as AddressInfo;
    // A persistent profile, so IndexedDB lives on disk as it does for a user, not in memory.
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: ARGS,
      headless: true,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.waitForFunction(
        () => '__benchResult' in window || '__benchError' in window,
        undefined,
        { timeout: TIMEOUT_MS, polling: 500 },
      );
      const outcome = await page.evaluate(() => {
        const w = window as unknown as {
          __benchResult?: Record<string, unknown>;
          __benchError?: string;
        };
        return { result: w.__benchResult, error: w.__benchError };
      });
      if (outcome.error) throw new Error(`The vault bench failed in the browser: ${outcome.error}`);
      const load = loadavg().map((l) => Number(l.toFixed(1)));
      // Other work on the machine slows every figure; the load average says how busy it was.
      return {
        browser: context.browser()?.version() ?? 'chromium',
        cores: cpus().length,
        loadavg_1_5_15: load,
        ...outcome.result,
      };
    } finally {
      await context.close();
      await new Promise((ok) => server.close(ok));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await benchVault(), null, 2));
}
