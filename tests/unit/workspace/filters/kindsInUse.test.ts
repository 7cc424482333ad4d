import { describe, expect, it } from 'vitest';
import { kindsInUse, toggleKind } from '../../../../renderer/workspace/filters/kindsInUse';
import { NO_FILTERS } from '../../../../renderer/workspace/filters/viewFilters';
import { withOptional } from '../../../../renderer/workspace/filters/withOptional';
import { demoLoaded } from '../../../../renderer/dev/demoLoaded';

describe('kindsInUse', () => {
  it('counts each kind present in the demo, in the model order, and leaves absent kinds out', () => {
    const loaded = demoLoaded();
    const inUse = kindsInUse(loaded);
    const total = (xs: { count: number }[]) => xs.reduce((n, x) => n + x.count, 0);
    expect(total(inUse.entityKinds)).toBe(loaded.entities.size);
    expect(total(inUse.linkKinds)).toBe(loaded.links.size);
    expect(inUse.entityKinds.map((k) => k.kind)).toEqual([
      'nominal',
      'ocg',
      'usg',
      'location',
      'phone',
      'vehicle',
      'organisation',
    ]);
    const phones = [...loaded.entities.values()].filter((e) => e.kind === 'phone').length;
    expect(inUse.entityKinds.find((k) => k.kind === 'phone')?.count).toBe(phones);
  });

  it('is empty for an empty workspace', () => {
    expect(kindsInUse({ entities: new Map(), links: new Map() })).toEqual({
      entityKinds: [],
      linkKinds: [],
    });
  });
});

describe('toggleKind', () => {
  const inUse = ['a', 'b', 'c'] as const;
  it('unticks one kind from "every kind"', () => {
    expect(toggleKind(null, 'b', inUse)).toEqual(['a', 'c']);
  });
  it('returns to "every kind" when the last unticked kind is ticked again', () => {
    expect(toggleKind(['a', 'c'], 'b', inUse)).toBeNull();
  });
  it('can untick everything, which shows nothing of that kind', () => {
    expect(toggleKind(['a'], 'a', inUse)).toEqual([]);
  });
});

describe('withOptional', () => {
  it('sets a choice and removes it again rather than leaving it undefined', () => {
    const set = withOptional(NO_FILTERS, 'minSource', '1');
    expect(set.minSource).toBe('1');
    const cleared = withOptional(set, 'minSource', '');
    expect('minSource' in cleared).toBe(false);
    expect(cleared).toEqual(NO_FILTERS);
  });
});
