import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, REPO } from './app';
import { serveStatic, type StaticServer } from './server';

/**
 * Real Chromium profiles on disk, opened, closed, copied and put back, for tests that play the
 * part of someone holding a copy of the laptop's disk. One server for the whole test, so every
 * profile sees the app at the same origin (IndexedDB and localStorage are kept per origin).
 */
export interface Site {
  url: string;
  /** A new, empty profile folder (removed by close()). */
  newProfile(): string;
  /** A copy of a closed profile, as an attacker would take it. */
  copyProfile(dir: string): string;
  open(dir: string): Promise<OpenProfile>;
  close(): Promise<void>;
}

export interface OpenProfile {
  page: Page;
  context: BrowserContext;
  close(): Promise<void>;
}

export async function startSite(): Promise<Site> {
  const server: StaticServer = await serveStatic(join(REPO, 'dist/renderer'));
  const folders: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'linchpin-e2e-profile-'));
    folders.push(dir);
    return dir;
  };
  return {
    url: server.url,
    newProfile: folder,
    copyProfile(dir) {
      const copy = folder();
      cpSync(dir, copy, { recursive: true });
      return copy;
    },
    async open(dir) {
      const context = await chromium.launchPersistentContext(dir, {
        executablePath: CHROMIUM,
        args: CHROMIUM_ARGS.filter((a) => a !== '--headless'),
        headless: true,
        viewport: { width: 1366, height: 768 },
      });
      const page = context.pages()[0] ?? (await context.newPage());
      page.on('pageerror', (e) => console.error('[page error]', e.message));
      await page.goto(server.url);
      return { page, context, close: () => context.close() };
    },
    async close() {
      await server.close();
      for (const dir of folders) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The profile's IndexedDB folder for the app's origin (LevelDB files). */
export function indexedDbFolder(profile: string): string {
  const root = join(profile, 'Default', 'IndexedDB');
  const name = existsSync(root)
    ? readdirSync(root).find((n) => n.startsWith('http_127.0.0.1_') && n.endsWith('.leveldb'))
    : undefined;
  if (!name) throw new Error(`No IndexedDB folder for the app in ${root}`);
  return join(root, name);
}

/** Puts back a saved copy of a folder, replacing what is there now. */
export function putBack(saved: string, into: string): void {
  rmSync(into, { recursive: true, force: true });
  cpSync(saved, into, { recursive: true });
}

export type RawRow = Record<string, unknown> & { env?: number[] };

/**
 * Every row of every object store of the vault, read through IndexedDB with no key: what
 * someone with the profile sees. Byte arrays come back as arrays of numbers. Runs on a page of
 * the app's origin that is not the app (a 404), so no app code holds the database.
 */
export async function readRawVault(page: Page, url: string): Promise<Record<string, RawRow[]>> {
  await page.goto(`${url}raw-reader`);
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('linchpin-vault');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const name of [...db.objectStoreNames]) {
      const rows = await new Promise<unknown[]>((ok, fail) => {
        const r = db.transaction(name).objectStore(name).getAll();
        r.onsuccess = () => ok(r.result as unknown[]);
        r.onerror = () => fail(r.error);
      });
      out[name] = rows.map((row) =>
        Object.fromEntries(
          Object.entries(row as Record<string, unknown>).map(([k, v]) => [
            k,
            v instanceof Uint8Array ? [...v] : v,
          ]),
        ),
      );
    }
    db.close();
    return out as Record<string, RawRow[]>;
  });
}

/** Runs raw IndexedDB edits (puts and deletes of stored rows) as an attacker, on a non-app page. */
export async function editRawVault(
  page: Page,
  url: string,
  edits: { store: string; put?: RawRow[]; remove?: (string | number)[] }[],
): Promise<void> {
  await page.goto(`${url}raw-editor`);
  await page.evaluate(async (list) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('linchpin-vault');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const tx = db.transaction(
      list.map((e) => e.store),
      'readwrite',
    );
    for (const edit of list) {
      const store = tx.objectStore(edit.store);
      for (const row of edit.put ?? [])
        store.put(
          Object.fromEntries(
            Object.entries(row).map(([k, v]) => [
              k,
              k === 'env' ? new Uint8Array(v as number[]) : v,
            ]),
          ),
        );
      for (const key of edit.remove ?? []) store.delete(key);
    }
    await new Promise<void>((ok, fail) => {
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, edits);
}

/** The key of one stored entity row of the app's vault, read as an attacker would; then back to the app. */
export async function someStoredId(page: Page): Promise<string> {
  const url = new URL(page.url()).origin + '/';
  const rows = await readRawVault(page, url);
  await page.goto(url);
  const id = rows.entities?.[0]?.id;
  if (typeof id !== 'string') throw new Error('The vault holds no entity row.');
  return id;
}
