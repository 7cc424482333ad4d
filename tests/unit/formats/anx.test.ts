import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAnx } from '../../../shared/formats/anx/readAnx';
import { writeAnx } from '../../../shared/formats/anx/writeAnx';
import { graphDocument } from '../../../shared/formats/records';
import { readXml, type XmlElement } from '../../../shared/formats/xml/readXml';
import { counterIds, sampleRecords, WS } from './sampleRecords';
import { enc, errorText, expectOk } from './helpers';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/formats/${name}`));
const ctx = () => ({ workspaceId: WS, now: '2024-06-01T00:00:00.000Z', newId: counterIds() });

describe('readAnx on a chart from elsewhere', () => {
  it('maps icon types to kinds, numbers to E.164, keeps attributes by class type, grades and cards', () => {
    const doc = expectOk(readAnx(fixture('foreign.anx'), ctx()));
    const [ryan, phone, car] = doc.records.entities;
    expect(ryan).toMatchObject({ kind: 'nominal', label: 'Ryan Cole' });
    expect(ryan!.notes).toBe('Controller\ni2 card: Rumour No grade on this one.');
    expect(ryan!.imported).toMatchObject({
      'Date of Birth': '1995-06-30T00:00:00',
      'Known to police': true,
      Nickname: 'Rizz',
      'i2 type': 'Person',
    });
    expect(phone).toMatchObject({ kind: 'phone', attrs: { number: '+447700900555' } });
    expect(car).toMatchObject({ kind: 'vehicle', attrs: { registration: 'KX19 ABC' } });
    expect(doc.records.intel).toHaveLength(1);
    expect(doc.records.intel[0]).toMatchObject({
      reference: 'SS/22/991',
      date: '2022-07-14',
      summary: 'Found with two phones.',
      grade: {
        scheme: '3x5x2',
        source: '1',
        intelligence: 'B',
        handling: 'C',
        conditions: '(conditions not recorded in the i2 chart)',
      },
    });
    expect(ryan!.provenance).toEqual([doc.records.intel[0]!.id]);
    const [uses, drives] = doc.records.links;
    // "uses" from a person to a phone is the kind "uses phone"; the words are not kept as a label.
    expect(uses).toMatchObject({
      kind: 'uses_phone',
      label: '',
      firstSeen: '2023-01-05',
      grade: { scheme: '3x5x2', source: '2', intelligence: 'C', handling: 'P' },
    });
    expect(uses?.imported).toMatchObject({ Calls: 42, Strength: 'Confirmed' });
    expect(drives).toMatchObject({ kind: 'uses_vehicle', source: ryan!.id, target: car!.id });
  });

  it('gives a type it does not know a kind by icon family ("other" when none fits), changed by the analyst', () => {
    const chart = new TextDecoder()
      .decode(fixture('foreign.anx'))
      .replace('Type="Car"', 'Type="Bank Account"');
    const doc = expectOk(readAnx(enc(chart), ctx()));
    expect(doc.records.entities[2]).toMatchObject({
      kind: 'other',
      attrs: { type: 'Bank Account' },
    });
    expect(doc.types.find((t) => t.type === 'Bank Account')).toMatchObject({
      kind: 'other',
      by: 'icon',
    });
    const mapped = expectOk(
      readAnx(enc(chart), ctx(), { typeMap: { 'Bank Account': 'organisation' } }),
    );
    expect(mapped.records.entities[2]?.kind).toBe('organisation');
    expect(mapped.types.find((t) => t.type === 'Bank Account')?.by).toBe('mapping');
  });

  it('drops and counts self-loops, and names the chart item of a link to a missing end', () => {
    const chart = new TextDecoder()
      .decode(fixture('foreign.anx'))
      .replace('End1Id="id1" End2Id="id3"', 'End1Id="id3" End2Id="id3"')
      .replace('End1Id="id1" End2Id="id2"', 'End1Id="id1" End2Id="id9"');
    expect(errorText(readAnx(enc(chart), ctx()))).toMatch(
      /chart item 4 "uses": The edge refers to node "id9"/,
    );
    const loop = new TextDecoder()
      .decode(fixture('foreign.anx'))
      .replace('End1Id="id1" End2Id="id3"', 'End1Id="id3" End2Id="id3"');
    const doc = expectOk(readAnx(enc(loop), ctx()));
    expect(doc.records.links).toHaveLength(1);
    expect(doc.warnings).toMatchObject([
      { code: 'self-loop', count: 1, examples: ['chart item 5'] },
    ]);
  });
});

function childNames(el: XmlElement | undefined): string[] {
  return (el?.children ?? []).map((c) => c.name);
}

describe('writeAnx', () => {
  const r = sampleRecords();
  const chart = expectOk(readXml(enc(expectOk(writeAnx(graphDocument(r))))));
  const items = chart.children.find((c) => c.name === 'ChartItemCollection')?.children ?? [];

  it('follows the schema order of Chart children', () => {
    expect(childNames(chart)).toEqual([
      'ApplicationVersion',
      'StrengthCollection',
      'GradeOne',
      'GradeTwo',
      'GradeThree',
      'AttributeClassCollection',
      'EntityTypeCollection',
      'LinkTypeCollection',
      'ChartItemCollection',
    ]);
    expect(childNames(items[0])).toEqual(['End', 'AttributeCollection']);
    expect(childNames(items[0]?.children[0]?.children[0])).toEqual(['Icon', 'CardCollection']);
    const link = items.find((i) => i.children[0]?.name === 'Link');
    expect(childNames(link)).toEqual(['Link', 'AttributeCollection']);
    expect(childNames(link?.children[0])).toEqual(['CardCollection', 'LinkStyle']);
  });

  it('types attribute classes and writes dates with the ISO T', () => {
    const classes =
      chart.children.find((c) => c.name === 'AttributeClassCollection')?.children ?? [];
    const type = (name: string) => classes.find((c) => c.attrs.Name === name)?.attrs.Type;
    expect([type('dateOfBirth'), type('lat'), type('forenames'), type('callCount')]).toEqual([
      'AttTime',
      'AttNumber',
      'AttText',
      'AttNumber',
    ]);
    const dob = items[0]?.children[1]?.children.find(
      (a) => a.attrs.AttributeClass === 'dateOfBirth',
    );
    expect(dob?.attrs.Value).toBe('2001-02-03T00:00:00');
    const card = items[0]?.children[0]?.children[0]?.children[1]?.children[0];
    expect(card?.attrs.DateTime).toBe('2024-03-02T00:00:00');
  });

  it('links by End1Id/End2Id to entity ids present in the chart, never to itself', () => {
    const entityIds = new Set(
      items.flatMap((i) => i.children[0]?.children[0]?.attrs.EntityId ?? []),
    );
    const links = items.flatMap((i) => (i.children[0]?.name === 'Link' ? [i.children[0]] : []));
    expect(links).toHaveLength(r.links.length);
    for (const l of links) {
      expect(entityIds.has(l.attrs.End1Id ?? '')).toBe(true);
      expect(entityIds.has(l.attrs.End2Id ?? '')).toBe(true);
      expect(l.attrs.End1Id).not.toBe(l.attrs.End2Id);
    }
  });

  it('writes NCName item ids, whole-number entity ids, local times and no empty attributes', () => {
    for (const item of items) expect(item.attrs.Id).toMatch(/^I\d+$/);
    const entityIds = items.flatMap((i) => i.children[0]?.children[0]?.attrs.EntityId ?? []);
    expect(entityIds.every((id) => /^\d+$/.test(id))).toBe(true);
    const values = items.flatMap((i) =>
      (i.children.find((c) => c.name === 'AttributeCollection')?.children ?? []).map(
        (a) => a.attrs,
      ),
    );
    expect(values.every((v) => v.Value !== '')).toBe(true);
    const created = values.find((v) => v.AttributeClass === 'createdAt');
    // 09:30 UTC on 1 May 2024 is 10:30 on a UK clock (BST).
    expect(created?.Value).toBe('2024-05-01T10:30:00');
    expect(chart.children[0]).toMatchObject({ name: 'ApplicationVersion' });
  });

  it('places entities where the workspace stored them, else where the source chart had them', () => {
    const s = sampleRecords();
    s.entities[1]!.imported = { 'layout.x': 300, 'layout.y': 400 };
    const positions = new Map([[s.entities[0]!.id, { x: 10, y: 20 }]]);
    const placed = expectOk(readXml(enc(expectOk(writeAnx(graphDocument(s), { positions })))));
    const ends = (placed.children.find((c) => c.name === 'ChartItemCollection')?.children ?? [])
      .slice(0, 2)
      .map((i) => i.children[0]?.attrs);
    expect(ends).toEqual([
      { X: '10', Y: '20', Z: '0' },
      { X: '300', Y: '400', Z: '0' },
    ]);
  });

  it('refuses to write a self-loop', () => {
    const bad = sampleRecords();
    bad.links[0]!.target = bad.links[0]!.source;
    expect(errorText(writeAnx(graphDocument(bad)))).toMatch(
      /cannot hold a link from an entity to itself/,
    );
  });
});
