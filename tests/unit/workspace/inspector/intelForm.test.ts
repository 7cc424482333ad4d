import { describe, expect, it } from 'vitest';
import { demoLoaded } from '../../../../renderer/dev/demoLoaded';
import { intelChoiceLabel, provenanceField } from '../../../../renderer/workspace/inspector/fields';
import { valuesFrom } from '../../../../renderer/workspace/inspector/formModel';
import {
  blankIntel,
  intelEdit,
  intelFields,
} from '../../../../renderer/workspace/inspector/intelForm';

const TODAY = '2026-11-01';
const draft = blankIntel('ws_00000000000000000001', TODAY, 'OFFICIAL');
const fields = intelFields();

describe('the intelligence item form', () => {
  it('starts dated today, ungraded, and refuses to save until all three parts are chosen', () => {
    const values = valuesFrom(draft, fields);
    expect(values).toMatchObject({ date: TODAY, 'grade.source': '', 'grade.handling': '' });
    const result = intelEdit(draft, fields, { ...values, reference: 'KF/IR/26/0412' }, TODAY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors['grade.source']).toMatch(/graded 3x5x2/);
    expect(result.fieldErrors['grade.intelligence']).toMatch(/graded 3x5x2/);
  });

  it('builds a graded item with its source reference and review date', () => {
    const values = {
      ...valuesFrom(draft, fields),
      reference: ' KF/IR/26/0412 ',
      'grade.source': '1',
      'grade.intelligence': 'B',
      'grade.handling': 'P',
      sourceReference: 'CHIS 0193',
      reviewDate: '2027-11-01',
      summary: 'Seen handing wraps to a child outside the PRU.',
    };
    const result = intelEdit(draft, fields, values, TODAY);
    expect(result).toEqual({
      ok: true,
      patch: {
        reference: 'KF/IR/26/0412',
        date: TODAY,
        grade: { scheme: '3x5x2', source: '1', intelligence: 'B', handling: 'P' },
        sourceReference: 'CHIS 0193',
        reviewDate: '2027-11-01',
        summary: 'Seen handing wraps to a child outside the PRU.',
        classification: 'OFFICIAL',
      },
    });
  });

  it('needs conditions for handling code C, a reference, and no date after today', () => {
    const values = {
      ...valuesFrom(draft, fields),
      reference: '',
      date: '2027-01-01',
      'grade.source': '2',
      'grade.intelligence': 'C',
      'grade.handling': 'C',
    };
    const result = intelEdit(draft, fields, values, TODAY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors['grade.conditions']).toBe(
      'Handling code C needs its conditions written down',
    );
    expect(result.fieldErrors.reference).toMatch(/reference/);
    expect(result.fieldErrors.date).toBe('The intelligence cannot be dated after today');
  });

  it('leaves a legacy 5x5x5 grade as it is while the rest is edited', () => {
    const legacy = [...demoLoaded().intel.values()].find((i) => i.grade.scheme === '5x5x5');
    if (!legacy) throw new Error('The demo has no 5x5x5 item');
    const legacyFields = intelFields(legacy);
    expect(legacyFields.some((f) => f.path.startsWith('grade.'))).toBe(false);
    const result = intelEdit(
      legacy,
      legacyFields,
      { ...valuesFrom(legacy, legacyFields), sourceReference: 'Legacy system' },
      TODAY,
    );
    expect(result.ok && result.patch.grade).toEqual(legacy.grade);
  });

  it('names each item in the provenance picker by reference, date, grade and summary', () => {
    const items = [...demoLoaded().intel.values()];
    const field = provenanceField(items);
    const first = field.options?.[0];
    const newest = [...items].sort((a, b) => (a.date < b.date ? 1 : -1))[0]!;
    expect(first?.value).toBe(newest.id);
    expect(first?.label).toBe(intelChoiceLabel(newest));
    expect(first?.label).toMatch(/^KF\/IR\/\d\d\/\d{4}, \d{4}-\d\d-\d\d, \S+ \S+: \S/);
  });
});
