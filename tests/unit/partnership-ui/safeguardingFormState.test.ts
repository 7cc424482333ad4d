import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace, DEMO_REFERENCE_DATE } from '../../../shared/demo';
import { isChildOn } from '../../../shared/model';
import { recordDate, safeguardingRecordSchema } from '../../../shared/referrals';
import {
  emptyFormState,
  formStateOf,
  recordInput,
} from '../../../renderer/safeguarding/safeguardingFormState';

const demo = buildDemoWorkspace();
const records = demo.partnership!.referrals.map((r) => r.record);

describe('the safeguarding record form', () => {
  it('edits every demo record and gives back the same record when nothing is changed', () => {
    expect(new Set(records.map((r) => r.kind)).size).toBe(5);
    for (const r of records) {
      const person = demo.entities.find((e) => e.id === r.personId);
      const child =
        person?.kind === 'nominal' && isChildOn(person.attrs.dateOfBirth, recordDate(r));
      const back = safeguardingRecordSchema.parse(
        recordInput(formStateOf(r, DEMO_REFERENCE_DATE), child),
      );
      expect(back).toEqual(r);
    }
  });

  it("records an NRM decision, and never a child's consent", () => {
    const nrm = records.find(
      (r) => r.kind === 'nrm_referral' && r.reasonableGrounds === 'pending',
    )!;
    const state = {
      ...formStateOf(nrm, DEMO_REFERENCE_DATE),
      reasonableGrounds: 'positive' as const,
      reasonableGroundsOn: '2026-10-20',
      consent: true,
    };
    expect(recordInput(state, true)).toMatchObject({
      reasonableGrounds: 'positive',
      reasonableGroundsOn: '2026-10-20',
      consent: false,
    });
  });

  it('leaves dates not given out of the record, rather than empty', () => {
    const s = { ...emptyFormState('missing_episode', 'ent_00000000000000000001', '2026-11-01') };
    const input = recordInput(s, true);
    expect(input).not.toHaveProperty('returnedOn');
    expect(input).not.toHaveProperty('foundAtId');
    expect(safeguardingRecordSchema.safeParse(input).success).toBe(true);
  });
});
