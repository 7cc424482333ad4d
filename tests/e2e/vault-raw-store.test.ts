/**
 * What the stored vault says without the passphrase (issue 11, item 2), read from the raw
 * IndexedDB rows of two real installs that each loaded the fictional demo: no clear value on a
 * link row points at an entity (so no degrees, hubs or communities can be read), workspace ids
 * are only blind keys, ids are random per install, and sealed sizes fall into a few buckets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../../shared/demo';
import { paddedLength } from '../../shared/crypto';
import { createVault } from './support/flows';
import { readRawVault, startSite, type RawRow, type Site } from './support/profiles';

const demo = buildDemoWorkspace();
let site: Site;
let first: Record<string, RawRow[]>;
let second: Record<string, RawRow[]>;

async function installWithDemo(): Promise<Record<string, RawRow[]>> {
  const app = await site.open(site.newProfile());
  await createVault(app.page, { demo: true });
  await app.page.getByRole('tab', { name: 'Map' }).waitFor({ timeout: 60_000 });
  await app.page.getByRole('button', { name: 'Lock', exact: true }).click();
  await app.page.getByRole('heading', { name: 'Linchpin is locked' }).waitFor();
  const rows = await readRawVault(app.page, site.url);
  await app.close();
  return rows;
}

beforeAll(async () => {
  site = await startSite();
  first = await installWithDemo();
  second = await installWithDemo();
});
afterAll(async () => {
  await site?.close();
});

/** A row's clear values: everything but the sealed bytes. */
const clear = (row: RawRow) =>
  Object.entries(row).filter(([field]) => field !== 'env') as [string, unknown][];

describe('the raw IndexedDB rows of the demo', () => {
  it('hold every record of the demo, sealed', () => {
    expect(first.entities).toHaveLength(demo.entities.length);
    expect(first.links).toHaveLength(demo.links.length);
    expect(first.intel).toHaveLength(demo.intel.length);
    for (const table of ['entities', 'links', 'intel', 'workspaces', 'audit', 'manifests'])
      for (const row of first[table]!) expect(Array.isArray(row.env), table).toBe(true);
  });

  it('have no two link rows sharing a clear value that points at an entity', () => {
    const entityKeys = new Set(first.entities!.map((r) => String(r.id)));
    const links = first.links!;
    const counts = new Map<string, number>();
    for (const row of links) {
      expect(Object.keys(row).sort()).toEqual(['env', 'id', 'w']);
      for (const [field, value] of clear(row)) {
        // Nothing on a link row names an entity...
        expect(entityKeys.has(String(value)), `${field} of ${String(row.id)}`).toBe(false);
        counts.set(`${field}=${String(value)}`, (counts.get(`${field}=${String(value)}`) ?? 0) + 1);
      }
    }
    // ...and the only value two link rows share is the workspace's blind key, which every
    // entity row carries too: it says "same workspace", not "same end".
    const shared = [...counts].filter(([, n]) => n > 1).map(([k]) => k);
    const w = String(first.entities![0]!.w);
    expect(shared).toEqual([`w=${w}`]);
    expect(first.entities!.every((r) => r.w === w)).toBe(true);
  });

  it('name no workspace in clear: rows carry a blind key, the workspace list is keyed by another', () => {
    const values = Object.values(first)
      .flat()
      .flatMap((row) => clear(row).map(([, v]) => String(v)));
    expect(values.some((v) => /^ws_[0-9a-f]{20}$/.test(v))).toBe(false);
    const w = String(first.entities![0]!.w);
    expect(w).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(first.workspaces!.map((r) => String(r.id))).not.toContain(w);
  });

  it('give every install its own random ids, none of them the demo’s built-in ones', () => {
    const builtIn = new Set([...demo.entities, ...demo.links, ...demo.intel].map((r) => r.id));
    const keys = (rows: Record<string, RawRow[]>) =>
      new Set(['entities', 'links', 'intel'].flatMap((t) => rows[t]!.map((r) => String(r.id))));
    const a = keys(first);
    const b = keys(second);
    expect([...a].filter((id) => builtIn.has(id))).toEqual([]);
    expect([...a].filter((id) => b.has(id))).toEqual([]);
  });

  it('seal records at a handful of bucketed sizes, not their own lengths', () => {
    const sizes = new Set(first.entities!.map((r) => (r.env as number[]).length - 28));
    for (const size of sizes) expect(paddedLength(size)).toBe(size);
    // The demo's entities have dozens of different lengths; sealed, a few bucket sizes.
    const lengths = new Set(demo.entities.map((e) => JSON.stringify(e).length));
    expect(lengths.size).toBeGreaterThan(50);
    expect(sizes.size).toBeLessThanOrEqual(8);
  });

  it('keep the quarantine, the manifest and the header free of anything readable', () => {
    const header = first.meta!.find((r) => r.id === 'header')!;
    expect(Object.keys(header).sort()).toEqual(['format', 'id', 'kdf', 'salt', 'wrappedDek']);
    expect(first.meta!.map((r) => r.id).sort()).toEqual(['header', 'root', 'settings']);
    for (const row of [...first.manifests!, ...(first.quarantined ?? [])])
      expect(Object.keys(row).sort()).toEqual(['env', 'id']);
  });
});
