import { describe, expect, it } from 'vitest';
import { link, person, phone, place, sampleId } from '../../../../renderer/dev/factories';
import { entityEdit, linkEdit } from '../../../../renderer/workspace/inspector/edits';
import { LINK_FIELDS, entityFields } from '../../../../renderer/workspace/inspector/fields';
import { valuesFrom } from '../../../../renderer/workspace/inspector/formModel';

const P = (n: number) => sampleId('ent', n);

describe('entity edits', () => {
  const ann = person(P(1), 'Ann Bell', { dateOfBirth: '2009-02-03', aliases: ['Annie'] });
  const fields = entityFields('nominal');

  it('starts the form from the record', () => {
    const values = valuesFrom(ann, fields);
    expect(values).toMatchObject({
      label: 'Ann Bell',
      'attrs.aliases': 'Annie',
      'attrs.dateOfBirth': '2009-02-03',
    });
    expect(values['attrs.safeguarding.vulnerable']).toBe(false);
  });

  it('builds a patch of the edited record, with list fields split and safeguarding defaults filled', () => {
    const values = {
      ...valuesFrom(ann, fields),
      label: 'Ann B',
      'attrs.aliases': 'Annie,  AB ,',
      'attrs.safeguarding.vulnerable': true,
      reviewDate: '2026-01-31',
    };
    const result = entityEdit(ann, fields, values);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.patch.label).toBe('Ann B');
    expect(result.patch.reviewDate).toBe('2026-01-31');
    expect(result.patch.attrs).toMatchObject({
      aliases: ['Annie', 'AB'],
      safeguarding: { vulnerable: true, missingEpisodes: 0, lookedAfter: false },
    });
  });

  it('refuses a blank label and an impossible date, each next to its field', () => {
    const values = { ...valuesFrom(ann, fields), label: '', 'attrs.dateOfBirth': '2009-02-30' };
    const result = entityEdit(ann, fields, values);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors.label).toBe('A label is required');
    expect(result.fieldErrors['attrs.dateOfBirth']).toBe('Expected a real date written YYYY-MM-DD');
  });

  it('refuses a phone number not written in E.164', () => {
    const line = phone(P(3), 'Line', '+447700900123');
    const fields = entityFields('phone');
    const result = entityEdit(line, fields, {
      ...valuesFrom(line, fields),
      'attrs.number': '07700 900123',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors['attrs.number']).toMatch(/E\.164/);
  });

  it('says which coordinate is not a number', () => {
    const flat = place(P(4), '1 High St');
    const fields = entityFields('location');
    const result = entityEdit(flat, fields, { ...valuesFrom(flat, fields), 'attrs.lat': '51,5' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.fieldErrors['attrs.lat']).toBe('Latitude must be a number, such as 51.5');
  });
});

describe('link edits', () => {
  const base = link(sampleId('lnk', 1), P(1), P(2), 'associate', { firstSeen: '2024-01-01' });

  it('refuses first seen after last seen, next to last seen', () => {
    const values = { ...valuesFrom(base, LINK_FIELDS), lastSeen: '2023-12-31' };
    const result = linkEdit(base, LINK_FIELDS, values);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.fieldErrors.lastSeen).toBe('First seen must not be after last seen');
  });

  it('builds a 3x5x2 grade only from all three parts', () => {
    const partial = { ...valuesFrom(base, LINK_FIELDS), 'grade.source': '2' };
    const refused = linkEdit(base, LINK_FIELDS, partial);
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(Object.keys(refused.fieldErrors).sort()).toEqual([
        'grade.handling',
        'grade.intelligence',
      ]);

    const full = { ...partial, 'grade.intelligence': 'B', 'grade.handling': 'P', strength: '5' };
    const saved = linkEdit(base, LINK_FIELDS, full);
    expect(saved.ok && saved.patch).toMatchObject({
      strength: 5,
      grade: { scheme: '3x5x2', source: '2', intelligence: 'B', handling: 'P' },
    });
  });

  it('asks for written conditions when handling is C', () => {
    const values = {
      ...valuesFrom(base, LINK_FIELDS),
      'grade.source': '1',
      'grade.intelligence': 'A',
      'grade.handling': 'C',
    };
    const result = linkEdit(base, LINK_FIELDS, values);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.fieldErrors['grade.conditions']).toBe(
        'Handling code C needs its conditions written down',
      );
  });

  it('clears a grade when all its parts are blanked', () => {
    const graded = {
      ...base,
      grade: {
        scheme: '3x5x2' as const,
        source: '1' as const,
        intelligence: 'A' as const,
        handling: 'P' as const,
      },
    };
    const values = {
      ...valuesFrom(graded, LINK_FIELDS),
      'grade.source': '',
      'grade.intelligence': '',
      'grade.handling': '',
    };
    const result = linkEdit(graded, LINK_FIELDS, values);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect('grade' in result.patch).toBe(true);
      expect(result.patch.grade).toBeUndefined();
    }
  });
});
