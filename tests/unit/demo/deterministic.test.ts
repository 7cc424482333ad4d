import { describe, expect, it } from 'vitest';
import {
  dayToIso,
  isoToDay,
  pick,
  randomInt,
  seededRandom,
  stableId,
} from '../../../shared/demo/deterministic';
import { ID_REGEX } from '../../../shared/model';

describe('seededRandom', () => {
  it('repeats for the same seed and differs between seeds', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const fromA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(fromA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(fromA);
  });

  it('stays in [0, 1) and spreads roughly evenly', () => {
    const random = seededRandom(7);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) {
      const x = random();
      expect(x >= 0 && x < 1).toBe(true);
      buckets[Math.floor(x * 10)]! += 1;
    }
    for (const count of buckets) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });

  it('draws whole numbers inside the bounds and picks from a list', () => {
    const random = seededRandom(1);
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) seen.add(randomInt(random, 2, 4));
    expect([...seen].sort()).toEqual([2, 3, 4]);
    expect(['x']).toContain(pick(random, ['x']));
    expect(() => pick(random, [])).toThrow(/empty/);
  });
});

describe('stableId', () => {
  it('gives valid, repeatable, distinct ids', () => {
    expect(stableId('ent', 'a')).toMatch(ID_REGEX);
    expect(stableId('ent', 'a')).toBe(stableId('ent', 'a'));
    const ids = new Set(Array.from({ length: 20_000 }, (_, i) => stableId('ent', `key:${i}`)));
    expect(ids.size).toBe(20_000);
  });
});

describe('isoToDay and dayToIso', () => {
  it('round-trip calendar dates, leap days included', () => {
    for (const iso of ['1970-01-01', '2024-02-29', '2026-10-31']) {
      expect(dayToIso(isoToDay(iso))).toBe(iso);
    }
    expect(isoToDay('2024-03-01') - isoToDay('2024-02-28')).toBe(2);
  });
});
