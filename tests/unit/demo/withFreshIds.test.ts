import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace, withFreshIds } from '../../../shared/demo';
import { entitySchema, linkSchema, newId } from '../../../shared/model';

describe('withFreshIds', () => {
  const demo = buildDemoWorkspace();
  const workspaceId = newId('ws');
  const copy = withFreshIds(demo, workspaceId, newId);

  it('replaces every id and workspace id, sharing none with the original', () => {
    const before = new Set([...demo.entities, ...demo.links, ...demo.intel].map((r) => r.id));
    const after = [...copy.entities, ...copy.links, ...copy.intel];
    expect(after).toHaveLength(before.size);
    for (const record of after) {
      expect(before.has(record.id)).toBe(false);
      expect(record.workspaceId).toBe(workspaceId);
    }
  });

  it('rewrites link ends and provenance to the new ids, keeping the same network', () => {
    const labelOld = new Map(demo.entities.map((e) => [e.id, e.label]));
    const labelNew = new Map(copy.entities.map((e) => [e.id, e.label]));
    const intelIds = new Set(copy.intel.map((i) => i.id));
    copy.links.forEach((link, i) => {
      const original = demo.links[i]!;
      expect(labelNew.get(link.source)).toBe(labelOld.get(original.source));
      expect(labelNew.get(link.target)).toBe(labelOld.get(original.target));
      for (const id of link.provenance) expect(intelIds.has(id)).toBe(true);
      expect(linkSchema.safeParse(link).success).toBe(true);
    });
    for (const entity of copy.entities) {
      for (const id of entity.provenance) expect(intelIds.has(id)).toBe(true);
      expect(entitySchema.safeParse(entity).success).toBe(true);
    }
  });

  it('refuses a demo whose links point outside it', () => {
    const broken = { ...demo, links: [{ ...demo.links[0]!, source: 'ent_ffffffffffffffffffff' }] };
    expect(() => withFreshIds(broken, workspaceId, newId)).toThrow(/does not contain/);
  });

  it('re-keys the partnership records too, their references following', () => {
    const p = copy.partnership!;
    const entities = new Set(copy.entities.map((e) => e.id));
    const plans = new Set(p.plans.map((x) => x.id));
    const old = new Set(Object.values(demo.partnership!).flatMap((rows) => rows.map((r) => r.id)));
    for (const rows of Object.values(p))
      for (const r of rows) {
        expect(old.has(r.id)).toBe(false);
        expect(r.workspaceId).toBe(workspaceId);
      }
    for (const plan of p.plans)
      for (const id of plan.subjectIds) expect(entities.has(id)).toBe(true);
    for (const { order } of p.orders) {
      expect(plans.has(order.planId!)).toBe(true);
      for (const id of order.boundIds) expect(entities.has(id)).toBe(true);
    }
    for (const { record } of p.referrals) expect(entities.has(record.personId)).toBe(true);
  });
});
