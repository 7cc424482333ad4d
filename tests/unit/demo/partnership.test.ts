import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace, DEMO_REFERENCE_DATE } from '../../../shared/demo';
import { ORDER_STATUS_IDS, planProblems } from '../../../shared/plans';
import { findDuplicates } from '../../../shared/dedupe';
import { safeguardingProblems } from '../../../shared/referrals';
import { DATA_SCHEMAS } from '../../../renderer/store/data-schemas';

const demo = buildDemoWorkspace();
const p = demo.partnership!;
const entities = new Map(demo.entities.map((e) => [e.id, e]));
const intel = new Set(demo.intel.map((i) => i.id));

describe('demo partnership records', () => {
  it('are accepted unchanged by the store schemas', () => {
    for (const [table, rows] of Object.entries(p))
      for (const row of rows as unknown[]) {
        const schema = DATA_SCHEMAS[table as keyof typeof DATA_SCHEMAS];
        expect(schema.parse(row), table).toEqual(row);
      }
  });

  it('give every group a plan whose actions use powers their lead agencies may use', () => {
    const groups = demo.entities
      .filter((e) => e.kind === 'ocg' || e.kind === 'usg')
      .map((e) => e.id);
    expect(p.plans.map((pl) => pl.subjectIds[0]).sort()).toEqual([...groups].sort());
    for (const plan of p.plans)
      expect(planProblems(plan, new Set(entities.keys())), plan.lro).toEqual([]);
    const statuses = new Set(p.plans.flatMap((pl) => pl.actions.map((a) => a.status)));
    expect([...statuses].sort()).toEqual(['done', 'dropped', 'in_progress', 'planned']);
    expect(
      p.plans.some((pl) =>
        pl.actions.some((a) => a.status !== 'done' && a.dueDate < DEMO_REFERENCE_DATE),
      ),
    ).toBe(true);
  });

  it('have orders in every lifecycle state, binding records on the map, breaches resting on intelligence', () => {
    expect(new Set(p.orders.map((o) => o.order.status))).toEqual(new Set(ORDER_STATUS_IDS));
    const plans = new Set(p.plans.map((pl) => pl.id));
    for (const { order } of p.orders) {
      expect(plans.has(order.planId!)).toBe(true);
      for (const id of order.boundIds) expect(entities.has(id)).toBe(true);
      for (const b of order.breaches) for (const id of b.intelIds) expect(intel.has(id)).toBe(true);
    }
  });

  it('have every kind of safeguarding record, each on a person and free of problems', () => {
    expect(new Set(p.referrals.map((r) => r.record.kind))).toEqual(
      new Set(['mash_referral', 'nrm_referral', 'strategy_meeting', 'cawn', 'missing_episode']),
    );
    for (const { record } of p.referrals)
      expect(safeguardingProblems(record, entities, DEMO_REFERENCE_DATE), record.kind).toEqual([]);
  });

  it('feed both registers from records on the map', () => {
    const kinds = p.registers.map((r) => r.entry.kind);
    expect(kinds).toContain('cuckooed_address');
    expect(kinds).toContain('deal_line');
    for (const { entry } of p.registers) expect(entities.has(entry.entityId)).toBe(true);
  });

  it('hold a few duplicate candidates for the Duplicates screen', () => {
    const pairs = findDuplicates(demo.entities, { links: demo.links });
    const names = pairs.map((x) =>
      [entities.get(x.a)!.label, entities.get(x.b)!.label].sort().join(' / '),
    );
    expect(names).toContain('Thomas Ridgeway / Tom Ridgeway');
    expect(names).toContain('Dane Kilbride / Dayne Kilbride');
    expect(names.some((n) => n.includes('Number texted in a test purchase'))).toBe(true);
  });

  it('are deterministic', () => {
    expect(JSON.stringify(buildDemoWorkspace().partnership)).toBe(JSON.stringify(p));
  });
});
