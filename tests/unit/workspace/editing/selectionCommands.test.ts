import { describe, expect, it } from 'vitest';
import { link, mapOf, person, sampleId } from '../../../../renderer/dev/factories';
import { demoLoaded } from '../../../../renderer/dev/demoLoaded';
import {
  bulkCommands,
  deletionCommands,
} from '../../../../renderer/workspace/editing/selectionCommands';

const P = (n: number) => sampleId('ent', n);
const L = (n: number) => sampleId('lnk', n);
const base = demoLoaded();
const loaded = {
  ...base,
  entities: mapOf([person(P(1), 'Ann'), person(P(2), 'Bo'), person(P(3), 'Cy')]),
  links: mapOf([link(L(1), P(1), P(2), 'associate'), link(L(2), P(2), P(3), 'associate')]),
};

describe('deletionCommands', () => {
  it('deletes entities (with their links) and only the links whose ends both stay', () => {
    const commands = deletionCommands({ entities: [P(1)], links: [L(1), L(2)] }, loaded);
    expect(commands.map((c) => c.label)).toEqual(['delete selection']);
    expect(
      deletionCommands({ entities: [P(1)], links: [L(1)] }, loaded).map((c) => c.label),
    ).toEqual(['delete entity']);
  });

  it('does nothing for an empty or unknown selection', () => {
    expect(deletionCommands({ entities: ['ent_ffffffffffffffffffff'], links: [] }, loaded)).toEqual(
      [],
    );
    expect(deletionCommands({ entities: [], links: [] }, loaded)).toEqual([]);
  });
});

describe('bulkCommands', () => {
  it('edits every record that has a field to change, as one undo step', () => {
    const selected = { entities: [P(1), P(2)], links: [L(1)] };
    expect(
      bulkCommands(selected, loaded, { classification: 'SECRET' }).map((c) => c.label),
    ).toEqual(['bulk edit 3 records']);
    // Strength is a link field: entities are left alone.
    expect(bulkCommands(selected, loaded, { strength: 5 })).toHaveLength(1);
    expect(bulkCommands(selected, loaded, {})).toEqual([]);
  });
});
