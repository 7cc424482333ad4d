import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../../../shared/demo';
import {
  buildSearchIndex,
  removeFromSearchIndex,
  search,
  updateSearchIndex,
} from '../../../shared/graph';
import type { Entity } from '../../../shared/model';

const demo = buildDemoWorkspace();
const index = buildSearchIndex(demo.entities);
const top = (query: string) => search(index, query)[0];
const find = (predicate: (e: Entity) => boolean) => demo.entities.find(predicate)!;

describe('search over the demo', () => {
  it('finds a person from a misspelt surname', () => {
    const dane = find((e) => e.label === 'Dane Kilbride');
    expect(top('Kilbryde')).toEqual({
      id: dane.id,
      label: 'Dane Kilbride',
      kind: 'nominal',
      matchedField: 'name',
    });
    expect(search(index, 'Varick').map((h) => h.label)).toEqual(
      expect.arrayContaining(['Anthony Varrick', 'Shannon Varrick']),
    );
  });

  it('finds a person by alias', () => {
    expect(top('Mash')).toMatchObject({ label: 'Marcus Ashdown-Reyes', matchedField: 'alias' });
  });

  it('finds a phone however its number is written, and nothing else', () => {
    const phone = find((e) => e.kind === 'phone' && e.attrs.number === '+447700900123');
    for (const typed of ['07700900123', '+44 7700 900123', '07700 900123', '447700900123']) {
      const hits = search(index, typed);
      expect(
        hits.map((h) => h.id),
        typed,
      ).toEqual([phone.id]);
      expect(hits[0]!.matchedField).toBe('phone');
    }
    expect(top('900123')?.id).toBe(phone.id);
  });

  it('finds a postcode typed without its space, in lower case', () => {
    const hits = search(index, 'zz14qx');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ label: '14 Pellow Court', matchedField: 'postcode' });
    expect(search(index, 'ZZ1 4QX').map((h) => h.label)).toEqual(['14 Pellow Court']);
  });

  it('finds a vehicle by its registration typed any way', () => {
    for (const typed of ['zk19xyz', 'ZK19 XYZ', 'zk19 xyz']) {
      expect(top(typed), typed).toMatchObject({ kind: 'vehicle', matchedField: 'registration' });
    }
  });

  it('finds a deal line by its brand, without every other line', () => {
    const labels = search(index, 'Tony line').map((h) => h.label);
    expect(labels.sort()).toEqual(['Tony line (2024)', 'Tony line (2026)']);
  });

  it('returns nothing for an empty query and honours the limit', () => {
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'a', 3).length).toBeLessThanOrEqual(3);
  });
});

describe('keeping the index up to date', () => {
  it('follows edits and deletions without a rebuild', () => {
    const own = buildSearchIndex(demo.entities);
    const maureen = find((e) => e.label === 'Maureen Threlfall');
    if (maureen.kind !== 'nominal') throw new Error('expected a nominal');
    const renamed: Entity = {
      ...maureen,
      label: 'Maureen Quennell',
      attrs: { ...maureen.attrs, surname: 'Quennell' },
    };
    updateSearchIndex(own, renamed);
    expect(search(own, 'Quennel')[0]?.id).toBe(maureen.id);
    expect(search(own, 'Threlfall')).toEqual([]);
    removeFromSearchIndex(own, maureen.id);
    expect(search(own, 'Quennell')).toEqual([]);
  });
});
