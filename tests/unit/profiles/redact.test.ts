import { describe, expect, it } from 'vitest';
import {
  conditionTags,
  gradeBlocks,
  redactRecords,
  type Recipient,
} from '../../../shared/profiles';
import { housing, id, legacy, P, C, redLane } from './fixtures';

const counts = (rows: { kind: string; reason: string; count: number }[]) =>
  Object.fromEntries(rows.map((r) => [`${r.kind}/${r.reason}`, r.count]));

describe('redactRecords for a housing officer', () => {
  const result = redactRecords(redLane(), { ...housing });
  const out = JSON.stringify(result);

  it('withholds every forbidden item', () => {
    const entityIds = result.records.entities.map((e) => e.id);
    for (const n of [5, 6, 7]) expect(entityIds).not.toContain(id('ent', n));
    // Housing receives no intelligence summaries, but records resting on shareable items go.
    expect(result.records.intelItems).toEqual([]);
    expect(result.records.entities.map((e) => e.id)).toContain(id('ent', 2));
    const linkIds = result.records.links.map((l) => l.id);
    for (const n of [5, 6, 7, 8]) expect(linkIds).not.toContain(id('lnk', n));
    expect(linkIds).toContain(id('lnk', 10));
  });

  it('counts withheld items by kind and reason', () => {
    expect(counts(result.redaction.rows)).toEqual({
      'nominal/classification': 1,
      'nominal/unsupported': 2,
      'link/ungraded': 3,
      'link/conditions': 1,
      'intelligence/classification': 1,
      'intelligence/conditions': 1,
      'intelligence/handling': 1,
      'intelligence/agency_type': 2,
      'safeguarding_details/agency_type': 2,
      'analyst_notes/agency_type': 1,
    });
    expect(result.redaction.totalWithheld).toBe(15);
    expect(result.redaction.detail).toBe('counts');
  });

  it('leaks no label, summary, note or id of anything withheld', () => {
    expect(out).not.toMatch(/WITHHELD/);
    for (const n of [5, 6, 7]) expect(out).not.toContain(id('ent', n));
    for (const n of [2, 3, 4]) expect(out).not.toContain(id('int', n));
    for (const n of [5, 6, 7, 8]) expect(out).not.toContain(id('lnk', n));
  });

  it('strips safeguarding details but keeps the person', () => {
    const kayla = result.records.entities.find((e) => e.id === id('ent', 4));
    expect(kayla?.kind === 'nominal' && kayla.attrs.safeguarding).toBeUndefined();
    expect(kayla?.label).toBe('Kayla Moss');
  });
});

describe('redactRecords for children’s services meeting the MASH condition', () => {
  const recipient: Recipient = {
    ...housing,
    agency: 'Halton CSC',
    agencyType: 'childrens_services',
    mayReceiveConditional: ['mash-only'],
  };
  const result = redactRecords(redLane(), recipient);

  it('lets through C material whose tags the recipient meets, and what rests on it', () => {
    // Shown, with its reference withheld: report references can lead back to a source.
    const summaries = result.records.intelItems.map((i) => [i.reference, i.summary]);
    expect(summaries).toContainEqual(['Reference withheld', 'WITHHELD conditional report']);
    expect(result.records.entities.map((e) => e.id)).toContain(id('ent', 6));
    // the police-only link still stays back
    expect(result.records.links.map((l) => l.id)).not.toContain(id('lnk', 8));
  });

  it('keeps safeguarding details for a safeguarding agency', () => {
    const kayla = result.records.entities.find((e) => e.id === id('ent', 4));
    expect(kayla?.kind === 'nominal' && kayla.attrs.safeguarding?.cceRisk).toBe('high');
  });

  it('keeps only disclosed intelligence ids in provenance', () => {
    const all = [...result.records.entities, ...result.records.links].flatMap((r) => r.provenance);
    const kept = new Set(result.records.intelItems.map((i) => i.id));
    expect(all.every((p) => kept.has(p))).toBe(true);
  });
});

describe('handling rules', () => {
  const r = (
    agencyType: Recipient['agencyType'],
    mayReceiveConditional: Recipient['mayReceiveConditional'] = false,
  ): Recipient => ({
    agency: 'X',
    agencyType,
    role: 'Y',
    clearance: 'SECRET',
    mayReceiveConditional,
  });

  it('maps legacy 5x5x5 handling codes to recipient groups', () => {
    const allowed = (code: string, type: Recipient['agencyType']) =>
      gradeBlocks(legacy(code) as never, r(type)) === null;
    const table = ['1', '2', '3', '4', '5'].map((code) => [
      allowed(code, 'originating_force'),
      allowed(code, 'uk_law_enforcement'),
      allowed(code, 'prosecutor'),
      allowed(code, 'housing'),
      allowed(code, 'overseas_law_enforcement'),
    ]);
    expect(table).toEqual([
      [true, true, true, false, false],
      [true, true, true, true, false],
      [true, true, true, false, true],
      [true, false, false, false, false],
      [false, false, false, false, false],
    ]);
  });

  it('passes P to anyone and C only where conditions are met', () => {
    expect(gradeBlocks(P() as never, r('voluntary_sector'))).toBeNull();
    expect(gradeBlocks(C('#mash-only') as never, r('health'))).toBe('conditions');
    expect(gradeBlocks(C('#mash-only') as never, r('health', true))).toBeNull();
    expect(gradeBlocks(C('#mash-only #no-copies') as never, r('health', ['mash-only']))).toBe(
      'conditions',
    );
    expect(
      gradeBlocks(C('#mash-only #no-copies') as never, r('health', ['no-copies', 'mash-only'])),
    ).toBeNull();
    // conditions with no tags cannot be checked against a list
    expect(gradeBlocks(C('Not for onward sharing') as never, r('health', ['mash-only']))).toBe(
      'conditions',
    );
  });

  it('reads condition tags from the written conditions', () => {
    expect(conditionTags('Only #MASH-only, and #no_copies; #mash-only again')).toEqual([
      'mash-only',
      'no_copies',
    ]);
    expect(conditionTags(undefined)).toEqual([]);
  });

  it('withholds by classification ceiling', () => {
    const res = redactRecords(redLane(), {
      ...r('uk_law_enforcement', true),
      clearance: 'OFFICIAL-SENSITIVE',
    });
    const nominalRows = res.redaction.rows.filter((x) => x.kind === 'nominal');
    // the SECRET person, and the person resting only on a handling-4 (originator-only) report
    expect(nominalRows.map((x) => [x.reason, x.count])).toEqual([
      ['classification', 1],
      ['unsupported', 1],
    ]);
    expect(res.records.entities).toHaveLength(8);
  });
});
