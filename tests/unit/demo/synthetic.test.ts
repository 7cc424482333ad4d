import { describe, expect, it } from 'vitest';
import { DEMO_PERIOD, FICTIONAL_NOTICE, buildSyntheticWorkspace } from '../../../shared/demo';
import {
  ENTITY_KIND_IDS,
  ID_REGEX,
  entitySchema,
  intelItemSchema,
  linkSchema,
} from '../../../shared/model';

const small = buildSyntheticWorkspace({ nodes: 2000, seed: 7 });

describe('buildSyntheticWorkspace', () => {
  it('gives exactly the entities asked for, every kind among them, all valid', () => {
    expect(small.entities).toHaveLength(2000);
    // 'other' holds types from imported charts only; generated workspaces never need it.
    expect(new Set(small.entities.map((e) => e.kind))).toEqual(
      new Set(ENTITY_KIND_IDS.filter((k) => k !== 'other')),
    );
    for (const e of small.entities) expect(entitySchema.parse(e)).toEqual(e);
    for (const l of small.links) expect(linkSchema.parse(l)).toEqual(l);
    for (const i of small.intel) expect(intelItemSchema.parse(i)).toEqual(i);
  });

  it('has unique ids and links whose ends exist and differ', () => {
    const ids = [...small.entities, ...small.links, ...small.intel].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(ID_REGEX);
    const entityIds = new Set(small.entities.map((e) => e.id));
    for (const l of small.links) {
      expect(entityIds.has(l.source) && entityIds.has(l.target)).toBe(true);
      expect(l.source).not.toBe(l.target);
    }
  });

  it('makes about linksPerNode links per entity, and leaves no entity alone', () => {
    expect(small.links.length).toBeGreaterThan(2000 * 2 * 0.95);
    expect(small.links.length).toBeLessThanOrEqual(2000 * 2);
    const dense = buildSyntheticWorkspace({ nodes: 500, linksPerNode: 5 });
    expect(dense.links.length).toBeGreaterThan(500 * 5 * 0.95);
    const ends = new Set(small.links.flatMap((l) => [l.source, l.target]));
    expect(ends.size).toBeGreaterThan(2000 * 0.99);
  });

  it('dates most links inside the two-year period and leaves about a tenth undated', () => {
    const dated = small.links.filter((l) => l.firstSeen !== undefined);
    const share = dated.length / small.links.length;
    expect(share).toBeGreaterThan(0.85);
    expect(share).toBeLessThan(0.95);
    for (const l of dated) {
      expect(l.firstSeen! >= DEMO_PERIOD.from && l.lastSeen! <= DEMO_PERIOD.to).toBe(true);
    }
  });

  it('keeps to invented numbers, postcodes and registrations', () => {
    const drama = /^\+44(7700900|20794600|1(1[3-8]|21|31|41|51|61)4960|19149800|1632960)\d{3}$/;
    for (const e of small.entities) {
      if (e.kind === 'phone') expect(e.attrs.number).toMatch(drama);
      if (e.kind === 'location') expect(e.attrs.postcode).toMatch(/^ZZ\d{1,2} \d[A-Z]{2}$/);
      if (e.kind === 'vehicle') expect(e.attrs.registration).toMatch(/^Z[A-Z]\d\d [A-Z]{3}$/);
    }
    expect(small.workspace.fictional).toBe(true);
    expect(small.workspace.description).toContain(FICTIONAL_NOTICE);
  });

  it('clusters links inside communities, so that community detection has work to do', () => {
    const index = new Map(small.entities.map((e, i) => [e.id, i]));
    const near = small.links.filter((l) => {
      const gap = Math.abs(index.get(l.source)! - index.get(l.target)!);
      return gap < 2000 / 8;
    }).length;
    expect(near / small.links.length).toBeGreaterThan(0.6);
  });

  it('is deterministic for a seed, and differs between seeds', () => {
    const again = buildSyntheticWorkspace({ nodes: 2000, seed: 7 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(small));
    const other = buildSyntheticWorkspace({ nodes: 2000, seed: 8 });
    expect(other.links.map((l) => l.target)).not.toEqual(small.links.map((l) => l.target));
  });

  it('builds 100,000 entities', () => {
    const big = buildSyntheticWorkspace({ nodes: 100_000, seed: 3 });
    expect(big.entities).toHaveLength(100_000);
    expect(big.links.length).toBeGreaterThan(190_000);
  });

  it('refuses sizes it cannot honour, with a sentence saying why', () => {
    expect(() => buildSyntheticWorkspace({ nodes: 2.5 })).toThrow(/whole number of entities/);
    expect(() => buildSyntheticWorkspace({ nodes: 1 })).toThrow(/from 4/);
    expect(() => buildSyntheticWorkspace({ nodes: 10, linksPerNode: -1 })).toThrow(
      /Links per entity/,
    );
  });
});
