import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../shared/model';
import {
  safeguardingDeadlines,
  safeguardingProblems,
  safeguardingRecordSchema,
  type SafeguardingRecord,
} from '../../../shared/referrals';

const pid = (p: string, n: number) => `${p}_${n.toString(16).padStart(20, '0')}`;
const person = (n: number, dob: string): Entity =>
  ({
    id: pid('ent', n),
    kind: 'nominal',
    label: `P${n}`,
    attrs: { forenames: '', surname: '', aliases: [], roles: ['victim'], dateOfBirth: dob },
  }) as unknown as Entity;
const entities = new Map([person(1, '2010-03-12'), person(2, '1990-01-01')].map((e) => [e.id, e]));
const rec = (r: object) => ({ id: pid('sgr', 1), ...safeguardingRecordSchema.parse(r) });

describe('safeguarding records', () => {
  it('refers a child to the NRM without consent, but not an adult', () => {
    const child = rec({
      kind: 'nrm_referral',
      personId: pid('ent', 1),
      referredOn: '2026-10-01',
      firstResponder: 'Police',
    });
    const adult = rec({
      kind: 'nrm_referral',
      personId: pid('ent', 2),
      referredOn: '2026-10-01',
      firstResponder: 'Police',
    });
    expect(safeguardingProblems(child, entities, '2026-11-01')).toEqual([]);
    expect(safeguardingProblems(adult, entities, '2026-11-01')[0]).toMatch(
      /consent.*duty to notify/,
    );
    expect(
      safeguardingProblems(
        { ...adult, consent: true } as SafeguardingRecord,
        entities,
        '2026-11-01',
      ),
    ).toEqual([]);
  });

  it('checks CAWNs protect a child, are served on someone else, and expire after service', () => {
    const cawn = rec({
      kind: 'cawn',
      personId: pid('ent', 1),
      servedOnId: pid('ent', 2),
      servedOn: '2026-10-01',
      expiresOn: '2027-10-01',
      issuedBy: 'Police',
    });
    expect(safeguardingProblems(cawn, entities, '2026-11-01')).toEqual([]);
    expect(
      safeguardingProblems(
        { ...cawn, servedOnId: pid('ent', 1) } as SafeguardingRecord,
        entities,
        '2026-11-01',
      ),
    ).toContain('The notice is served on the adult, not the child.');
    expect(
      safeguardingProblems(
        { ...cawn, personId: pid('ent', 2), servedOnId: pid('ent', 1) } as SafeguardingRecord,
        entities,
        '2026-11-01',
      )[0],
    ).toMatch(/protects a child/);
  });

  it.each([
    [
      {
        kind: 'mash_referral',
        personId: pid('ent', 1),
        referredOn: '2026-10-30',
        referredBy: 'School',
      },
      '2026-11-02',
      /type of response/,
    ],
    [
      {
        kind: 'missing_episode',
        personId: pid('ent', 1),
        missingFrom: '2026-10-28',
        returnedOn: '2026-10-30',
      },
      '2026-11-01',
      /return home interview/,
    ],
    [
      {
        kind: 'strategy_meeting',
        personId: pid('ent', 1),
        heldOn: '2026-10-26',
        outcome: 'section_47',
      },
      '2026-11-16',
      /child protection conference/,
    ],
    [
      {
        kind: 'cawn',
        personId: pid('ent', 1),
        servedOnId: pid('ent', 2),
        servedOn: '2025-11-20',
        expiresOn: '2026-11-20',
        issuedBy: 'Police',
      },
      '2026-11-20',
      /expires/,
    ],
  ])('%j falls due on %s', (input, due, label) => {
    const [d] = safeguardingDeadlines(rec(input), '2026-11-01');
    expect(d?.due.date).toBe(due);
    expect(d?.label).toMatch(label);
  });

  it('has no deadline once the interview is offered or the decision made', () => {
    expect(
      safeguardingDeadlines(
        rec({
          kind: 'missing_episode',
          personId: pid('ent', 1),
          missingFrom: '2026-10-28',
          returnedOn: '2026-10-30',
          interviewOfferedOn: '2026-10-31',
        }),
        '2026-11-01',
      ),
    ).toEqual([]);
    expect(
      safeguardingDeadlines(
        rec({
          kind: 'mash_referral',
          personId: pid('ent', 1),
          referredOn: '2026-10-30',
          referredBy: 'School',
          outcome: 'early_help',
          decidedOn: '2026-10-30',
        }),
        '2026-11-01',
      ),
    ).toEqual([]);
  });
});
