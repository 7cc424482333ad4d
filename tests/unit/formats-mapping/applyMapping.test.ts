import { describe, expect, it } from 'vitest';
import { applyMapping, mappingSchema } from '../../../shared/formats/mapping';
import { counterIds, csv, NOW, PERSON_PHONE_ADDRESS, WS } from './fixtures';

const ctx = () => ({ workspaceId: WS, now: NOW, newId: counterIds() });

const GOOD = `Ref,First,Last,DOB,Phone,Address,Postcode,Seen,Grade
N1,Ann,Lee,03/04/1990,07700 900123,1 High St,zz1 4qx,01/02/2024,2B P
N2,Bob,Khan,,+44 7700 900124,2 Low Rd,ZZ1 5QX,,
N1,Ann,Lee,,07700900123,,,05/02/2024,
`;

describe('applyMapping', () => {
  it('makes several entities per row, merges by identity and aggregates links', () => {
    const { result, report } = applyMapping(csv(GOOD), PERSON_PHONE_ADDRESS, ctx());
    expect(report.badRows).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { entities, links } = result.value;
    const people = entities.filter((e) => e.kind === 'nominal');
    expect(people.map((p) => p.label).sort()).toEqual(['Ann Lee', 'Bob Khan']);
    const ann = people.find((p) => p.label === 'Ann Lee');
    expect(ann?.kind === 'nominal' && ann.attrs.dateOfBirth).toBe('1990-04-03');
    const phones = entities.filter((e) => e.kind === 'phone').map((e) => e.label);
    expect(phones.sort()).toEqual(['+447700900123', '+447700900124']);
    const home = entities.find((e) => e.kind === 'location' && e.label === '1 High St');
    expect(home?.kind === 'location' && home.attrs.postcode).toBe('ZZ1 4QX');
    // Row 4 repeats Ann and her phone: one uses_phone link spanning both sightings.
    const uses = links.filter((l) => l.kind === 'uses_phone');
    expect(uses).toHaveLength(2);
    const annPhone = uses.find((l) => l.source === ann?.id);
    expect([annPhone?.firstSeen, annPhone?.lastSeen]).toEqual(['2024-02-01', '2024-02-05']);
    expect(annPhone?.grade).toEqual({
      scheme: '3x5x2',
      source: '2',
      intelligence: 'B',
      handling: 'P',
    });
    expect(links.filter((l) => l.kind === 'resides_at')).toHaveLength(2);
  });

  it('lists every bad row with its number and reason and returns no records', () => {
    const bad = `Ref,First,Last,DOB,Phone,Address,Postcode,Seen,Grade
N1,Ann,Lee,31/02/1990,07700 900123,1 High St,ZZ1 4QX,,
N2,Bob,Khan,,not a phone,2 Low Rd,ZZ1 5QX,,
N3,Cy,Roe,,07700 900125,3 Mid Rd,ZZ1 6QX,,2B C
N4,Di,Ash,,07700 900126,4 Top Rd,ZZ1 7QX,,
`;
    const { result, report } = applyMapping(csv(bad), PERSON_PHONE_ADDRESS, ctx());
    expect(result.ok).toBe(false);
    expect(report.rowCount).toBe(4);
    expect(report.badRows.map((b) => b.row)).toEqual([2, 3, 4]);
    expect(report.badRows[0]?.messages.join()).toMatch(
      /date of birth: "31\/02\/1990" is not a real date/,
    );
    expect(report.badRows[1]?.messages.join()).toMatch(
      /number: "not a phone" is not a phone number/,
    );
    expect(report.badRows[2]?.messages.join()).toMatch(/Handling code C needs its conditions/);
    if (!result.ok) expect(result.errors.map((e) => e.row)).toEqual([2, 3, 4]);
  });

  it('refuses a mapping that names a column the file lacks', () => {
    const { result } = applyMapping(
      csv('Name,Phone\nAnn,07700900123\n'),
      PERSON_PHONE_ADDRESS,
      ctx(),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/"Ref".*does not have as a column/);
  });

  it('joins entities already in the workspace instead of duplicating them', () => {
    const mapping = mappingSchema.parse({
      entities: [
        { key: 'a', kind: 'phone', fields: { number: 'From' } },
        { key: 'b', kind: 'phone', fields: { number: 'To' } },
      ],
      links: [{ from: 'a', to: 'b', kind: 'calls' }],
    });
    const existing = new Map([['phone|+447700900123', 'ent_00000000000000000abc']]);
    const { result } = applyMapping(csv('From,To\n07700900123,07700900999\n'), mapping, {
      ...ctx(),
      existing,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.entities.map((e) => e.label)).toEqual(['+447700900999']);
    expect(result.value.links[0]?.source).toBe('ent_00000000000000000abc');
  });

  it('rejects a mapping whose link refers to a missing template', () => {
    const parsed = mappingSchema.safeParse({
      entities: [{ key: 'a', kind: 'nominal', label: 'Name' }],
      links: [{ from: 'a', to: 'ghost', kind: 'associate' }],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain(
      'Link 1 refers to "ghost", which is not an entity template.',
    );
  });

  it('maps a few thousand rows completely (timing is measured by npm run bench -- import)', () => {
    const lines = ['Ref,First,Last,DOB,Phone,Address,Postcode,Seen,Grade'];
    for (let i = 0; i < 3000; i++)
      lines.push(
        `N${i % 600},F${i % 600},S${i % 97},0${(i % 9) + 1}/0${(i % 9) + 1}/1990,0770090${String(i % 500).padStart(4, '0')},${i % 300} Road,ZZ1 ${(i % 9) + 1}QX,01/02/2024,2B P`,
      );
    const { result, report } = applyMapping(csv(lines.join('\n')), PERSON_PHONE_ADDRESS, ctx());
    expect(report.badRows).toEqual([]);
    expect(result.ok).toBe(true);
    expect(report.newEntities).toBe(600 + 500 + 300);
    expect(report.rows).toHaveLength(3000);
  });
});

describe('the per-row import report', () => {
  const existingPhone = 'ent_0000000000000000beef';
  const MESSY = `Ref,First,Last,DOB,Phone,Address,Postcode,Seen,Grade
N1,Ann,Lee,03/04/1990,07700 900123,1 High St,ZZ1 4QX,01/02/2024,2B P
N2,Bob,Khan,,07700 900999,2 Low Rd,ZZ1 5QX,,
N1,Ann,Lee,,07700 900123,,,05/02/2024,
,Cy,Roe,,07700 900125,3 Mid Rd,ZZ1 6QX,,
N4,"=HYPERLINK(""http://x"",""y"")",Ash,,07700 900126,4 Top Rd,ZZ1 7QX,,
N5,Eve,Moss,31/02/1990,07700 900127,5 End Rd,ZZ1 8QX,,
N6,Fay,Pike,,+44 7700 900128,=cmd|' /C calc'!A0,ZZ1 9QX,,
`;
  const { report } = applyMapping(csv(MESSY), PERSON_PHONE_ADDRESS, {
    ...ctx(),
    existing: new Map([['phone|+447700900999', existingPhone]]),
  });
  const row = (n: number) => report.rows.find((r) => r.row === n)!;

  it('says, for every row, what it creates, which record it matches and which row it joins', () => {
    expect(report.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(row(2).entities.map((e) => e.outcome)).toEqual(['created', 'created', 'created']);
    expect(row(3).entities.find((e) => e.template === 'mobile')).toMatchObject({
      outcome: 'matched',
      id: existingPhone,
    });
    expect(
      row(4)
        .entities.filter((e) => e.outcome === 'joined')
        .map((e) => e.firstRow),
    ).toEqual([2, 2]);
    expect(row(2).links).toBe(2);
    expect(row(4).links).toBe(0);
  });

  it('refuses bad rows with their reasons and flags formula-like cells and blank identities', () => {
    expect(row(7)).toMatchObject({ status: 'refused' });
    expect(row(7).problems.join()).toMatch(/not a real date/);
    expect(row(5).flags.join()).toMatch(/identity column "Ref" is blank/);
    expect(row(6).flags.join()).toMatch(/"First" cell starts like a spreadsheet formula/);
    expect(row(8).flags.join()).toMatch(/"Address" cell starts like a spreadsheet formula/);
    // A phone number written +44 is not a formula.
    expect(row(8).flags).toHaveLength(1);
    expect(report.rows.filter((r) => r.status === 'refused').map((r) => r.row)).toEqual([7]);
  });
});
