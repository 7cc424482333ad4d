import { describe, expect, it } from 'vitest';
import { disruptionPlanSchema } from '../../../shared/plans';
import { buildProfile, redactRecords, type Recipient } from '../../../shared/profiles';
import { entity, housing, id, intel, link, nominal, P, redLane } from './fixtures';

const plan = disruptionPlanSchema.parse({
  id: id('pln', 1),
  workspaceId: 'ws_00000000000000000001',
  subjectIds: [id('ent', 1)],
  lro: 'DI Carter',
  aims: ['Close the Red Lane line'],
  actions: [
    {
      id: id('act', 1),
      pillar: 'pursue',
      tacticId: 'closure_notice',
      leadAgency: 'Cheshire Police',
      targetIds: [id('ent', 9)],
      owner: 'PS Khan',
      dueDate: '2025-05-01',
    },
    {
      id: id('act', 2),
      pillar: 'pursue',
      tacticId: 'serious_crime_prevention_order',
      leadAgency: 'Cheshire Police',
      targetIds: [id('ent', 5)],
      owner: 'DS WITHHELD-OWNER',
      dueDate: '2025-07-01',
    },
    {
      id: id('act', 3),
      pillar: 'protect',
      tacticId: 'nrm_referral',
      leadAgency: 'Cheshire Police',
      targetIds: [id('ent', 4)],
      owner: 'DC Bell',
      dueDate: '2025-04-01',
      status: 'done',
      outcome: 'Referred',
    },
  ],
  createdAt: '2025-01-01T09:00:00.000Z',
  updatedAt: '2025-01-01T09:00:00.000Z',
});
const options = { date: '2025-06-01', author: 'Analyst Jones', plan };

describe('buildProfile of an OCG for a housing officer', () => {
  const doc = buildProfile(redLane(), id('ent', 1), { ...housing }, options);
  const json = JSON.stringify(doc);

  it('contains nothing withheld', () => {
    expect(json).not.toMatch(/WITHHELD/);
    for (const n of [5, 6, 7]) expect(json).not.toContain(id('ent', n));
  });

  it('counts the withheld plan action with the withheld records about the subject', () => {
    const whole = redactRecords(redLane(), { ...housing }).redaction.totalWithheld ?? 0;
    expect(doc.redaction.totalWithheld).toBe(doc.withheld.total);
    expect(doc.withheld.total).toBeLessThanOrEqual(whole + 1);
    expect(doc.redaction.rows.find((r) => r.kind === 'plan_action')?.count).toBe(1);
  });

  it('lists members and controllers with their link kinds and grades', () => {
    const body = doc.sections.find((s) => s.id === 'associates')?.body;
    if (body?.id !== 'associates') throw new Error('no associates');
    expect(body.rows.map((r) => [r.label, r.relation, r.grade])).toEqual([
      ['Marcus Reid', 'Is controlled by', '1A P'],
      ['Dean Price', 'Has as a member', '2B P'],
      ['Tom Bright', 'Has as a member', '2B P'],
    ]);
  });

  it('marks overdue plan actions and counts progress over the shown actions only', () => {
    const body = doc.sections.find((s) => s.id === 'plan')?.body;
    if (body?.id !== 'plan' || !body.plan) throw new Error('no plan');
    expect(body.plan.actions.map((a) => [a.tactic, a.overdue])).toEqual([
      ['Closure notice', true],
      ['National Referral Mechanism referral', false],
    ]);
    expect(body.plan.progress.find((p) => p.pillar === 'pursue')).toMatchObject({
      total: 1,
      overdue: 1,
    });
  });

  it('takes its marking from what it includes and logs what it discloses', () => {
    expect(doc.marking).toBe('OFFICIAL');
    expect(doc.disclosed.entityIds).toContain(id('ent', 2));
    // Housing is shown no intelligence summaries (rules.ts), though records rest on them.
    expect(doc.disclosed.intelIds).toEqual([]);
  });
});

describe('buildProfile options and refusals', () => {
  it('keeps the author’s section order and text', () => {
    const doc = buildProfile(
      redLane(),
      id('ent', 2),
      { ...housing },
      {
        ...options,
        sections: ['timeline', 'summary'],
        authorText: { summary: 'Written by hand.' },
      },
    );
    expect(doc.sections.map((s) => s.id)).toEqual(['timeline', 'summary']);
    expect(doc.sections[1]?.authorText).toBe('Written by hand.');
    expect(() =>
      buildProfile(
        redLane(),
        id('ent', 2),
        { ...housing },
        { ...options, sections: ['summary', 'summary'] },
      ),
    ).toThrow(/twice/);
  });

  it('refuses a subject the recipient may not see, and a marking above the clearance', () => {
    expect(() => buildProfile(redLane(), id('ent', 5), { ...housing }, options)).toThrow(
      /cannot be shared/,
    );
    expect(() =>
      buildProfile(
        redLane(),
        id('ent', 1),
        { ...housing },
        { ...options, minimumMarking: 'SECRET' },
      ),
    ).toThrow(/cleared only to OFFICIAL-SENSITIVE/);
    const doc = buildProfile(
      redLane(),
      id('ent', 1),
      { ...housing },
      { ...options, minimumMarking: 'OFFICIAL-SENSITIVE' },
    );
    expect(doc.marking).toBe('OFFICIAL-SENSITIVE');
  });

  it('ranks measures among disclosed records only, with a plain-English meaning', () => {
    const values = { [id('ent', 2)]: 9, [id('ent', 5)]: 50, [id('ent', 3)]: 4, [id('ent', 8)]: 2 };
    const doc = buildProfile(
      redLane(),
      id('ent', 1),
      { ...housing },
      { ...options, measures: [{ id: 'betweenness', label: 'Betweenness', values }] },
    );
    const body = doc.sections.find((s) => s.id === 'measures')?.body;
    if (body?.id !== 'measures') throw new Error('no measures');
    expect(body.rows[0]).toMatchObject({
      entityLabel: 'Marcus Reid',
      value: '9',
      position: '1st highest of 3',
    });
    expect(body.rows[0]?.meaning).toMatch(/shortest route/);
  });
});

describe('victim-first wording', () => {
  const children: Recipient = { ...housing, agency: 'CSC', agencyType: 'childrens_services' };

  it('never calls a victim-only person a suspect', () => {
    const records = {
      entities: [
        nominal(20, 'Ruby Shaw', {
          dateOfBirth: '2011-01-01',
          roles: ['victim'],
          safeguarding: { cseRisk: 'medium' },
        }),
        entity(21, 'location', 'Flat 2, Mill Street', { use: 'trap_house' }),
      ],
      links: [link(20, 20, 21, 'frequents', { grade: P(), firstSeen: '2025-02-01' })],
      intelItems: [intel(20, 'IR/020', P())],
    };
    const doc = buildProfile(records, id('ent', 20), children, options);
    expect(JSON.stringify(doc)).not.toMatch(/suspect/i);
    const summary = doc.sections.find((s) => s.id === 'summary')?.body;
    expect(
      summary?.id === 'summary' && summary.facts.find((f) => f.label === 'Recorded roles')?.value,
    ).toBe('Victim of exploitation (child)');
  });

  it('shows a police recipient the suspect role beside the safeguarding context', () => {
    const police: Recipient = { ...housing, agency: 'Force', agencyType: 'originating_force' };
    const doc = buildProfile(redLane(), id('ent', 1), police, options);
    const body = doc.sections.find((s) => s.id === 'safeguarding')?.body;
    if (body?.id !== 'safeguarding') throw new Error('no safeguarding');
    expect(body.rows.find((r) => r.label === 'Tom Bright')?.roles).toBe(
      'Victim of exploitation (child). Also recorded by police as suspect: safeguarding context: Child (aged 17)',
    );
  });

  it('says a partner sees a child as a victim first, whatever else is recorded', () => {
    const doc = buildProfile(redLane(), id('ent', 1), children, options);
    const body = doc.sections.find((s) => s.id === 'safeguarding')?.body;
    if (body?.id !== 'safeguarding') throw new Error('no safeguarding');
    const tom = body.rows.find((r) => r.label === 'Tom Bright');
    // A child recorded as victim and suspect is a victim to a partner: "suspect" never appears.
    expect(tom?.roles).toBe('Victim of exploitation (child)');
    const associates = doc.sections.find((s) => s.id === 'associates')?.body;
    const tomRow =
      associates?.id === 'associates' && associates.rows.find((r) => r.label === 'Tom Bright');
    expect(tomRow && tomRow.roles).toBe('Victim of exploitation (child)');
    expect(body.rows[0]).toMatchObject({
      label: 'Kayla Moss',
      roles: 'Victim of exploitation (child)',
    });
    expect(body.rows[0]?.flags.join(' ')).toMatch(
      /Child \(aged 15\).*3 missing episodes.*high \(assessed by DS Patel on 2025-01-10\)/,
    );
  });
});

describe('buildProfile of a location', () => {
  it('describes the use in plain English and names residents', () => {
    const doc = buildProfile(redLane(), id('ent', 9), { ...housing }, options);
    const summary = doc.sections.find((s) => s.id === 'summary')?.body;
    if (summary?.id !== 'summary') throw new Error('no summary');
    const fact = (label: string) => summary.facts.find((f) => f.label === label)?.value;
    expect(fact('Use')).toMatch(/^Cuckooed address/);
    expect(fact('Residents')).toBe('Edna Lowe');
    expect(fact('Notes')).toBeUndefined();
    const sg = doc.sections.find((s) => s.id === 'safeguarding')?.body;
    expect(sg?.id === 'safeguarding' && sg.notice).toMatch(/not shared with housing/);
  });
});
