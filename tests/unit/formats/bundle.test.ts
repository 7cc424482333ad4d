import { describe, expect, it } from 'vitest';
import { openBundle, readBundleHeader, sealBundle } from '../../../shared/formats/bundle/bundle';
import { diffBundle } from '../../../shared/formats/bundle/diffBundle';
import { selectRecords } from '../../../shared/formats/bundle/selection';
import { graphDocument } from '../../../shared/formats/records';
import { sampleRecords, WS } from './sampleRecords';
import { errorText, expectOk } from './helpers';
import { MAX_BUNDLE_BYTES } from '../../../shared/formats/bundle/bundleHeader';
import { bundleWithHeader, hostileBundles } from '../../bench/fuzz/hostileBundles';

const FAST_KDF = { memoryKiB: 64, iterations: 1, parallelism: 1 };
const PASS = 'sealed for DC Patel';

describe('encrypted bundle', async () => {
  const sealed = expectOk(await sealBundle(graphDocument(sampleRecords()), PASS, FAST_KDF));

  it('shows its counts and KDF parameters without the passphrase, and nothing readable', () => {
    const header = expectOk(readBundleHeader(sealed));
    expect(header.summary).toEqual({ entities: 9, links: 9, intel: 2 });
    expect(header.kdf).toMatchObject({ algorithm: 'argon2id', memoryKiB: 64, iterations: 1 });
    expect(new TextDecoder().decode(sealed)).not.toContain('Neill');
  });

  it('refuses a wrong passphrase with a clear message and returns nothing', async () => {
    expect(
      errorText(await openBundle(sealed, 'sealed for DC Patel ', { workspaceId: WS })),
    ).toMatch(/passphrase is wrong, or the file has been changed/);
  });

  it('refuses a flipped byte anywhere: header, salt, iv, ciphertext or tag', async () => {
    const positions = [
      0,
      17,
      25,
      60,
      120,
      Math.floor(sealed.length / 2),
      sealed.length - 20,
      sealed.length - 1,
    ];
    for (const at of positions) {
      const bad = sealed.slice();
      bad[at] = (bad[at] ?? 0) ^ 0x01;
      const r = await openBundle(bad, PASS, { workspaceId: WS });
      expect(r.ok, `flip at ${at}`).toBe(false);
    }
  });

  it('refuses a truncated bundle and a file that is not a bundle', async () => {
    expect(
      errorText(await openBundle(sealed.slice(0, sealed.length - 1), PASS, { workspaceId: WS })),
    ).toMatch(/could not be opened/);
    expect(errorText(await openBundle(sealed.slice(0, 30), PASS, { workspaceId: WS }))).toMatch(
      /damaged or the file is cut short/,
    );
    expect(
      errorText(
        await openBundle(new TextEncoder().encode('{"records":[]}'), PASS, { workspaceId: WS }),
      ),
    ).toMatch(/not a Linchpin bundle/);
  });

  it('uses a fresh salt and iv each time', async () => {
    const again = expectOk(await sealBundle(graphDocument(sampleRecords()), PASS, FAST_KDF));
    expect(expectOk(readBundleHeader(again)).kdf.salt).not.toBe(
      expectOk(readBundleHeader(sealed)).kdf.salt,
    );
    expect(expectOk(readBundleHeader(again)).iv).not.toBe(expectOk(readBundleHeader(sealed)).iv);
  });

  it('refuses an empty passphrase', async () => {
    expect(errorText(await sealBundle(graphDocument(sampleRecords()), '', FAST_KDF))).toMatch(
      /needs a passphrase/,
    );
  });
});

describe('diffBundle', () => {
  it('sorts incoming records into new, changed, conflicts and unchanged by id', () => {
    const existing = sampleRecords();
    const incoming = sampleRecords();
    incoming.entities[0] = {
      ...incoming.entities[0]!,
      label: 'Dean O’Neill (updated)',
      updatedAt: '2024-06-01T00:00:00.000Z',
    };
    existing.entities[1] = {
      ...existing.entities[1]!,
      notes: 'edited here later',
      updatedAt: '2024-07-01T00:00:00.000Z',
    };
    incoming.entities[1] = {
      ...incoming.entities[1]!,
      notes: 'edited there',
      updatedAt: '2024-06-15T00:00:00.000Z',
    };
    const added = { ...incoming.entities[2]!, id: 'ent_ffffffffffffffffffff', label: 'New OCG' };
    incoming.entities.push(added);
    existing.links.pop();
    const diff = diffBundle(existing, incoming);
    expect(diff.entities.new.map((e) => e.id)).toEqual([added.id]);
    expect(diff.entities.changed.map((c) => c.incoming.label)).toEqual(['Dean O’Neill (updated)']);
    expect(diff.entities.conflicts.map((c) => [c.existing.notes, c.incoming.notes])).toEqual([
      ['edited here later', 'edited there'],
    ]);
    expect(diff.entities.unchanged).toHaveLength(7);
    expect(diff.links.new).toHaveLength(1);
    expect(diff.links.unchanged).toHaveLength(8);
    expect(diff.intel.unchanged).toHaveLength(2);
  });

  it('ignores the workspace and key order when comparing', () => {
    const existing = sampleRecords();
    const incoming = sampleRecords().entities.map((e) => ({
      ...Object.fromEntries(Object.entries(e).reverse()),
      workspaceId: 'ws_11111111111111111111',
    })) as typeof existing.entities;
    expect(
      diffBundle(existing, { ...existing, entities: incoming }).entities.unchanged,
    ).toHaveLength(9);
  });
});

describe('selectRecords', () => {
  it('keeps the chosen entities, the links between them and the intelligence they cite', () => {
    const r = sampleRecords();
    const picked = selectRecords(r, [
      r.entities[0]!.id,
      r.entities[2]!.id,
      'ent_ffffffffffffffffffff',
    ]);
    expect(picked.entities.map((e) => e.label)).toEqual(['Dean “Tall” O’Neill', 'Eastside OCG']);
    expect(picked.links.map((l) => l.kind)).toEqual(['member_of', 'controls']);
    expect(picked.intel.map((i) => i.reference)).toEqual(['IR/2024/0117']);
  });
});

describe('bundle headers accept only key-derivation settings inside the fixed range', () => {
  const ctx = { workspaceId: WS };

  for (const file of hostileBundles)
    it(`${file.name}: ${file.about}`, async () => {
      const bytes = file.bytes();
      expect(errorText(readBundleHeader(bytes))).toMatch(file.error);
      // Refused from the header: a KDF that ran would have ended in "the passphrase is wrong".
      expect(errorText(await openBundle(bytes, PASS, ctx))).toMatch(file.error);
    });

  it("accepts the vault's own production settings and Argon2's smallest", () => {
    for (const kdf of [
      { memoryKiB: 131072, iterations: 4, parallelism: 1 },
      { memoryKiB: 65536, iterations: 3, parallelism: 4 },
      { memoryKiB: 8, iterations: 1, parallelism: 1 },
    ])
      expect(readBundleHeader(bundleWithHeader(kdf)).ok, JSON.stringify(kdf)).toBe(true);
  });

  it('refuses to seal with settings it would refuse to open', async () => {
    expect(
      errorText(
        await sealBundle(graphDocument(sampleRecords()), PASS, {
          memoryKiB: 512 * 1024,
          iterations: 20,
          parallelism: 8,
        }),
      ),
    ).toMatch(/512 MiB of memory/);
  });

  it('refuses a bundle over the size limit before anything else', () => {
    // Zero pages from calloc: 257 MB of address space, almost none of it resident.
    const huge = new Uint8Array(MAX_BUNDLE_BYTES + 1024 * 1024);
    huge.set(bundleWithHeader({}));
    expect(errorText(readBundleHeader(huge))).toMatch(/The bundle is 257 MB, over the 256 MB/);
  });
});
