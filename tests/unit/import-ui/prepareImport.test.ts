import { describe, expect, it } from 'vitest';
import { prepareImport } from '../../../renderer/import/prepareImport';
import type { Entity, IntelItem, Link } from '../../../shared/model';
import { sampleRecords } from '../formats/sampleRecords';

const counter = () => {
  let n = 0;
  return (prefix: string) => `${prefix}_${(++n).toString(16).padStart(20, 'c')}`;
};
const empty = {
  entities: new Map<string, Entity>(),
  links: new Map<string, Link>(),
  intel: new Map<string, IntelItem>(),
};

describe('preparing a file’s records for this workspace', () => {
  it('gives our own export fresh ids in another workspace, keeping the old ids and every reference', () => {
    const r = sampleRecords();
    const { fresh, matched } = prepareImport(r, empty, { newId: counter() });
    expect(matched).toEqual([]);
    const oldIds = new Set([...r.entities, ...r.links, ...r.intel].map((x) => x.id));
    for (const x of [...fresh.entities, ...fresh.links, ...fresh.intel])
      expect(oldIds.has(x.id)).toBe(false);
    expect(fresh.entities.map((e) => e.imported?.id)).toEqual(r.entities.map((e) => e.id));
    const ids = new Set(fresh.entities.map((e) => e.id));
    for (const l of fresh.links) expect(ids.has(l.source) && ids.has(l.target)).toBe(true);
    const intelIds = new Set(fresh.intel.map((i) => i.id));
    for (const x of [...fresh.entities, ...fresh.links])
      for (const p of x.provenance) expect(intelIds.has(p)).toBe(true);
  });

  it('leaves records this workspace already holds alone and says which', () => {
    const r = sampleRecords();
    const here = { ...empty, entities: new Map([[r.entities[0]!.id, r.entities[0]!]]) };
    const { fresh, matched } = prepareImport(r, here, { newId: counter() });
    expect(matched).toEqual([
      { table: 'entities', id: r.entities[0]!.id, label: r.entities[0]!.label },
    ]);
    expect(fresh.entities).toHaveLength(r.entities.length - 1);
    // Links to the record already here still point at it.
    const toFirst = fresh.links.filter(
      (l) => l.source === r.entities[0]!.id || l.target === r.entities[0]!.id,
    );
    expect(toFirst.length).toBeGreaterThan(0);
  });

  it('does not keep ids the reader made up as the file’s id', () => {
    const r = sampleRecords();
    const minted = new Set(r.links.map((l) => l.id));
    const { fresh } = prepareImport(r, empty, { newId: counter(), minted });
    expect(fresh.links.every((l) => l.imported?.id === undefined)).toBe(true);
  });
});
