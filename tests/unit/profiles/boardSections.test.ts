import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../../../shared/demo';
import { buildProfile, type Recipient } from '../../../shared/profiles';

const demo = buildDemoWorkspace();
const p = demo.partnership!;
const records = { entities: demo.entities, links: demo.links, intelItems: demo.intel };
const tannerside = demo.entities.find((e) => e.label === 'Tannerside Firm')!.id;
const options = {
  date: '2026-11-01',
  author: 'DC Test',
  sections: ['orders', 'referrals'] as const,
  orders: p.orders.map((o) => ({ ...o.order, id: o.id })),
  safeguardingRecords: p.referrals.map((r) => ({ ...r.record, id: r.id })),
};
const recipient = (agencyType: Recipient['agencyType']): Recipient => ({
  agency: 'Kestrelford agency',
  agencyType,
  role: 'Officer',
  clearance: 'OFFICIAL-SENSITIVE',
  mayReceiveConditional: false,
});
const body = (type: Recipient['agencyType'], id: 'orders' | 'referrals') => {
  const doc = buildProfile(records, tannerside, recipient(type), {
    ...options,
    sections: [...options.sections],
  });
  return {
    doc,
    section: doc.sections.find((s) => s.id === id)!.body as unknown as {
      rows: Record<string, unknown>[];
      notice: string;
    },
  };
};

describe('partner profile sections for orders and safeguarding records', () => {
  it('shows housing only decided closures of premises, and the police every order', () => {
    const housing = body('housing', 'orders');
    const powers = housing.section.rows.map((r) => `${r.power as string}: ${r.status as string}`);
    expect(powers).toContain('Closure order: Breached');
    expect(powers.every((x) => x.startsWith('Closure'))).toBe(true);
    // The pending SCPO and the decided KCPO and DDTRO near the firm are counted, not shown.
    expect(
      housing.doc.redaction.rows.find((r) => r.kind === 'order' && r.reason === 'agency_type')
        ?.count,
    ).toBeGreaterThanOrEqual(2);
    const police = body('uk_law_enforcement', 'orders');
    expect(police.section.rows.map((r) => r.power)).toContain('Serious Crime Prevention Order');
    const social = body('childrens_services', 'orders');
    expect(social.section.rows.map((r) => r.power)).not.toContain('Serious Crime Prevention Order');
  });

  it("gives safeguarding records to children's social care, and tells housing they are not shared", () => {
    const social = body('childrens_services', 'referrals');
    expect(social.section.rows.map((r) => r.person)).toEqual(
      expect.arrayContaining(['Kayden Rook', 'Mia Hesketh']),
    );
    expect(
      social.section.rows.find((r) => r.kind === 'Child Abduction Warning Notice')?.summary,
    ).toMatch(/Served on .* expires/);
    const housing = body('housing', 'referrals');
    expect(housing.section.rows).toEqual([]);
    expect(housing.section.notice).toMatch(/not shared with housing/);
    expect(
      housing.doc.redaction.rows.find((r) => r.kind === 'safeguarding_record')?.count,
    ).toBeGreaterThan(0);
  });

  it('logs the people and places those sections disclose', () => {
    const { doc } = body('childrens_services', 'referrals');
    const kayden = demo.entities.find((e) => e.label === 'Kayden Rook')!.id;
    expect(doc.disclosed.entityIds).toContain(kayden);
  });

  it('prints each action with its real lead agency in the plan sent to the council (issue 12, item 7)', () => {
    const plan = p.plans.find((x) => x.subjectIds[0] === tannerside)!;
    const doc = buildProfile(records, tannerside, recipient('council_community_safety'), {
      date: '2026-11-01',
      author: 'DC Test',
      sections: ['plan'],
      plan,
    });
    const body = doc.sections[0]!.body;
    if (body.id !== 'plan' || !body.plan) throw new Error('no plan');
    const lead = body.plan.actions.map((a) => `${a.tactic}: ${a.leadAgency}`);
    expect(lead).toContain('Tenancy enforcement: Kestrelford Homes (housing provider)');
    expect(lead).toContain('Diversion programme: Ravensholt Youth Justice Service');
    for (const a of body.plan.actions)
      if (/Police/.test(a.leadAgency))
        expect(a.tactic).not.toMatch(/Tenancy|Diversion|Support for a cuckooed/);
  });
});
