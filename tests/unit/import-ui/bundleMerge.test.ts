import { describe, expect, it } from 'vitest';
import { diffBundle } from '../../../shared/formats';
import { person, sampleId } from '../../../renderer/dev/factories';
import {
  changedFields,
  changeRows,
  defaultChoice,
  mergeBundleCommand,
  mergeCommands,
} from '../../../renderer/import/bundleMerge';

const WS = 'ws_00000000000000000001';
const mine = person(sampleId('ent', 1), 'Ann Lee');
const newer = { ...mine, label: 'Ann LEE', updatedAt: '2026-01-01T00:00:00.000Z' };
const other = person(sampleId('ent', 2), 'Bob Khan');
const otherEdited = { ...other, label: 'Robert Khan' }; // same time: edited on both sides
const fresh = person(sampleId('ent', 3), 'Cy Roe');

const diff = diffBundle(
  { entities: [mine, other], links: [], intel: [] },
  { entities: [newer, otherEdited, fresh], links: [], intel: [] },
);

describe('bundle merge', () => {
  it('lists changed and conflicting records; newer copies default to theirs, conflicts to mine', () => {
    const rows = changeRows(diff);
    expect(rows.map((r) => [r.label, r.conflict, defaultChoice(r)])).toEqual([
      ['Ann LEE', false, 'theirs'],
      ['Robert Khan', true, 'mine'],
    ]);
  });

  it('imports the new records first, then one update per record taken from the bundle', () => {
    const byDefault = mergeCommands(WS, diff, new Map(), 'bundle x');
    expect(byDefault.map((c) => c.label)).toEqual([
      'import 1 entities, 0 links, 0 intelligence items',
      'edit entity',
    ]);
    const allMine = mergeCommands(
      WS,
      diff,
      new Map(changeRows(diff).map((r) => [r.key, 'mine' as const])),
      'bundle x',
    );
    expect(allMine).toHaveLength(1);
    const allTheirs = mergeCommands(
      WS,
      diff,
      new Map(changeRows(diff).map((r) => [r.key, 'theirs' as const])),
      'bundle x',
    );
    expect(allTheirs).toHaveLength(3);
  });

  it('runs the whole merge as one command, so it is one transaction and one undo step', () => {
    const theirs = new Map(changeRows(diff).map((r) => [r.key, 'theirs' as const]));
    const merge = mergeBundleCommand(WS, diff, theirs, 'bundle x');
    expect(merge?.changes).toBe(3);
    expect(merge?.command.label).toBe('merge bundle x');
    const nothingNew = { ...diff, entities: { ...diff.entities, new: [] } };
    const mine = new Map(changeRows(diff).map((r) => [r.key, 'mine' as const]));
    expect(mergeBundleCommand(WS, nothingNew, mine, 'bundle x')).toBeUndefined();
  });
});

describe('changed fields', () => {
  it('names the fields that differ, ignoring ids and timestamps', () => {
    expect(changedFields(mine, { ...newer, notes: 'x' })).toEqual(['label', 'notes']);
    expect(changedFields(mine, { ...mine, updatedAt: 'later' })).toEqual([]);
  });
});
