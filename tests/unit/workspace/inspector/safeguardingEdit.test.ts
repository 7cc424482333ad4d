import { describe, expect, it } from 'vitest';
import { person, sampleId } from '../../../../renderer/dev/factories';
import { entityEdit } from '../../../../renderer/workspace/inspector/edits';
import { entityFields } from '../../../../renderer/workspace/inspector/fields';
import { valuesFrom } from '../../../../renderer/workspace/inspector/formModel';

const TODAY = '2026-11-01';
const fields = entityFields('nominal');
const child = person(sampleId('ent', 1), 'Ruby Clewlow', { dateOfBirth: '2011-08-27' });

describe('safeguarding facts where the person is edited', () => {
  it('offers every fact the model holds, grouped under Safeguarding', () => {
    const paths = fields.filter((f) => f.group === 'Safeguarding').map((f) => f.path);
    expect(paths).toEqual([
      'attrs.safeguarding.vulnerable',
      'attrs.safeguarding.cceRisk',
      'attrs.safeguarding.cseRisk',
      'attrs.safeguarding.assessedBy',
      'attrs.safeguarding.assessedOn',
      'attrs.safeguarding.missingEpisodes',
      'attrs.safeguarding.lookedAfter',
      'attrs.safeguarding.excludedOrReducedTimetable',
      'attrs.safeguarding.cuckooedOccupant',
      'attrs.safeguarding.notes',
    ]);
    expect(fields.find((f) => f.path === 'attrs.roles')?.options?.map((o) => o.value)).toEqual(
      expect.arrayContaining(['victim', 'suspect']),
    );
  });

  it('saves risk, assessor, date, missing episodes, care and roles together', () => {
    const values = {
      ...valuesFrom(child, fields),
      'attrs.roles': ['victim'],
      'attrs.safeguarding.cseRisk': 'medium',
      'attrs.safeguarding.assessedBy': 'Kestrelford Hub (J. Amberley)',
      'attrs.safeguarding.assessedOn': '2026-10-20',
      'attrs.safeguarding.missingEpisodes': '4',
      'attrs.safeguarding.lookedAfter': true,
    };
    const result = entityEdit(child, fields, values, TODAY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.patch.attrs).toMatchObject({
      roles: ['victim'],
      safeguarding: {
        cseRisk: 'medium',
        assessedBy: 'Kestrelford Hub (J. Amberley)',
        assessedOn: '2026-10-20',
        missingEpisodes: 4,
        lookedAfter: true,
        vulnerable: false,
      },
    });
  });

  it('asks who assessed a risk and when, beside those fields', () => {
    const values = { ...valuesFrom(child, fields), 'attrs.safeguarding.cceRisk': 'high' };
    const result = entityEdit(child, fields, values, TODAY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual([
      'attrs.safeguarding.assessedBy',
      'attrs.safeguarding.assessedOn',
    ]);
  });

  it('clears a risk back to "not assessed", and adds nothing to someone with no record', () => {
    const untouched = entityEdit(child, fields, valuesFrom(child, fields), TODAY);
    expect(untouched.ok && untouched.patch.attrs).not.toHaveProperty('safeguarding');
    const assessed = person(sampleId('ent', 2), 'Alfie Cottam', {
      safeguarding: {
        vulnerable: true,
        missingEpisodes: 0,
        lookedAfter: false,
        excludedOrReducedTimetable: false,
        cuckooedOccupant: false,
        cceRisk: 'low',
        assessedBy: 'Hub',
        assessedOn: '2026-01-01',
      },
    });
    const cleared = entityEdit(
      assessed,
      fields,
      { ...valuesFrom(assessed, fields), 'attrs.safeguarding.cceRisk': '' },
      TODAY,
    );
    expect(cleared.ok).toBe(true);
    if (
      !cleared.ok ||
      cleared.patch.attrs === undefined ||
      !('safeguarding' in cleared.patch.attrs)
    )
      return;
    expect(cleared.patch.attrs.safeguarding?.cceRisk).toBeUndefined();
  });
});
