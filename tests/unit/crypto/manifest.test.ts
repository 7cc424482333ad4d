import { describe, expect, it } from 'vitest';
import {
  MANIFEST_SEGMENTS,
  compareWithManifest,
  createBlindIndex,
  deriveSubkey,
  emptySegment,
  expectedTags,
  isEmptySegment,
  newDataKey,
  parseSegmentKey,
  segmentKey,
  segmentOf,
  setEntry,
} from '../../../shared/crypto';

describe('manifest segments', () => {
  it('spreads random ids evenly over the segments, always to the same one', () => {
    const counts = new Array<number>(MANIFEST_SEGMENTS).fill(0);
    for (let i = 0; i < 64_000; i++) {
      const id = `ent_${crypto.getRandomValues(new Uint8Array(10)).reduce((s, b) => s + b.toString(16).padStart(2, '0'), '')}`;
      const n = segmentOf(id);
      expect(segmentOf(id)).toBe(n);
      counts[n]! += 1;
    }
    // 1,000 expected per segment; a fair spread stays well inside 800-1,200.
    expect(Math.min(...counts)).toBeGreaterThan(800);
    expect(Math.max(...counts)).toBeLessThan(1200);
  });

  it('names segments by scope and number, and reads the names back', () => {
    expect(parseSegmentKey(segmentKey('abc', 7))).toEqual({ scope: 'abc', segment: 7 });
    expect(parseSegmentKey('abc:64')).toBeUndefined();
    expect(parseSegmentKey(':3')).toBeUndefined();
    expect(parseSegmentKey('abc')).toBeUndefined();
  });

  it('records, replaces and drops entries with their references', () => {
    const s = emptySegment();
    setEntry(s, 'links', 'lnk_1', 'tagA', ['ent_1', 'ent_2']);
    setEntry(s, 'entities', 'ent_1', 'tagB');
    expect(s).toEqual({
      t: { links: { lnk_1: 'tagA' }, entities: { ent_1: 'tagB' } },
      r: { links: { lnk_1: ['ent_1', 'ent_2'] } },
    });
    setEntry(s, 'links', 'lnk_1', null);
    setEntry(s, 'entities', 'ent_1', null);
    expect(isEmptySegment(s)).toBe(true);
    expect(s.r.links).toEqual({});
  });

  it('tells missing, unlisted and older rows apart', () => {
    const a = emptySegment();
    const b = emptySegment();
    setEntry(a, 'entities', 'ent_1', 't1');
    setEntry(b, 'entities', 'ent_2', 't2');
    setEntry(b, 'entities', 'ent_3', 't3');
    const expected = expectedTags([a, b], 'entities');
    const stored = new Map([
      ['ent_1', 't1'],
      ['ent_2', 'old'],
      ['ent_4', 't4'],
    ]);
    expect(compareWithManifest(expected, stored)).toEqual([
      { id: 'ent_2', problem: 'stale' },
      { id: 'ent_4', problem: 'unlisted' },
      { id: 'ent_3', problem: 'missing' },
    ]);
  });
});

describe('blind keys', () => {
  it('are the same for the same parts under one key, different under another, and short', async () => {
    const dek = newDataKey();
    const index = await createBlindIndex(await deriveSubkey(dek, 'blindIndex'));
    const other = await createBlindIndex(await deriveSubkey(newDataKey(), 'blindIndex'));
    const id = 'ws_0123456789abcdef0123';
    expect(index('workspace', id)).toBe(index('workspace', id));
    expect(index('workspace', id)).not.toBe(other('workspace', id));
    expect(index('workspace', id)).not.toBe(index('workspaces-row', id));
    // The separator keeps ("ab", "c") and ("a", "bc") apart.
    expect(index('ab', 'c')).not.toBe(index('a', 'bc'));
    expect(index('workspace', id)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(index('workspace', id)).not.toContain('ws_');
  });

  it('derive subkeys that differ by purpose and from the data key itself', async () => {
    const dek = newDataKey();
    const blind = await deriveSubkey(dek, 'blindIndex');
    const anchor = await deriveSubkey(dek, 'anchor');
    expect(blind).toHaveLength(32);
    expect(Buffer.from(blind).equals(Buffer.from(anchor))).toBe(false);
    expect(Buffer.from(blind).equals(Buffer.from(dek))).toBe(false);
    expect(Buffer.from(await deriveSubkey(dek, 'blindIndex')).equals(Buffer.from(blind))).toBe(
      true,
    );
  });
});
