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

  it('maps 100k rows within 10 s (time printed)', () => {
    const lines = ['Ref,First,Last,DOB,Phone,Address,Postcode,Seen,Grade'];
    for (let i = 0; i < 100_000; i++)
      lines.push(
        `N${i % 20000},F${i % 20000},S${i % 997},0${(i % 9) + 1}/0${(i % 9) + 1}/1990,0770090${String(i % 5000).padStart(4, '0')},${i % 3000} Road,ZZ1 ${(i % 9) + 1}QX,01/02/2024,2B P`,
      );
    const table = csv(lines.join('\n'));
    const start = performance.now();
    const { result, report } = applyMapping(table, PERSON_PHONE_ADDRESS, ctx());
    const ms = performance.now() - start;
    console.info(
      `[mapping] 100k rows: ${ms.toFixed(0)} ms, ${report.newEntities} entities, ${report.links} links`,
    );
    expect(report.badRows).toEqual([]);
    expect(result.ok).toBe(true);
    expect(report.newEntities).toBe(20000 + 5000 + 3000);
    expect(ms).toBeLessThan(10_000);
  }, 60_000);
});
