import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../../../shared/demo';
import {
  buildBoardPack,
  ragByPillar,
  renderBoardPackHtml,
  type BoardPackInput,
} from '../../../shared/board';
import { DEFAULT_MATRIX } from '../../../shared/prioritisation';

const demo = buildDemoWorkspace();
const p = demo.partnership!;
const input: BoardPackInput = {
  meeting: p.meetings[2]!.meeting,
  previousMeetingOn: p.meetings[1]!.meeting.heldOn,
  entities: demo.entities,
  links: demo.links,
  plans: p.plans,
  orders: p.orders.map((o) => ({ ...o.order, id: o.id })),
  referrals: p.referrals.map((r) => r.record),
  scores: p.scores.map((s) => s.score),
  matrix: DEFAULT_MATRIX,
  tactics: [],
};

describe('board pack', () => {
  const doc = buildBoardPack(input);
  it('has a row per group with a plan: band, LRO, RAG by pillar, review and sign-off', () => {
    expect(doc.rows.map((r) => [r.group, r.band.replace(/ \(.*/, ''), r.lro])).toEqual([
      ['Brennock family', 'Medium', 'DCI Aled Penhallow'],
      ['Cinderlane Youngers', 'Not scored', 'Insp. Dara Mulqueen'],
      ['Mardle Street Group', 'Medium', 'DI Femi Arkwright-Lowe'],
      ['Tannerside Firm', 'High', 'DI Rhiannon Castell'],
    ]);
    const tsf = doc.rows.find((r) => r.group === 'Tannerside Firm')!;
    expect(tsf.rag).toEqual({ pursue: 'red', prevent: 'amber', protect: 'amber', prepare: 'red' });
    expect(doc.rows.find((r) => r.group === 'Cinderlane Youngers')!.rag.prepare).toBe('green');
    expect(tsf.signedOff).toBe('DI Rhiannon Castell, 2026-10-06');
  });

  it('counts outcomes since the last meeting only', () => {
    const tsf = doc.rows.find((r) => r.group === 'Tannerside Firm')!;
    // Since 6 October: the Pellow Court warrant (3 arrests, 2 charges), the closure notice and order.
    expect(tsf.outcomes).toEqual({ arrests: 3, charges: 2, orders: 2, closures: 2, referrals: 1 });
    const first = buildBoardPack({ ...input, previousMeetingOn: undefined });
    expect(first.rows.find((r) => r.group === 'Tannerside Firm')!.outcomes.orders).toBeGreaterThan(
      2,
    );
  });

  it('groups overdue actions by lead agency and lists what falls due next', () => {
    expect(
      doc.overdueByAgency.find((a) => a.agency === 'Kestrelford Homes (housing provider)')?.count,
    ).toBe(1);
    expect(doc.dueNext.length).toBeGreaterThan(3);
    expect(doc.dueNext.some((d) => /Closure order: Appeal period/.test(d.what))).toBe(true);
    expect(doc.dueNext.every((d) => d.due >= '2026-11-03' || d.what.includes('overdue'))).toBe(
      true,
    );
  });

  it('names no person, and is marked at least OFFICIAL-SENSITIVE top and bottom', () => {
    const html = renderBoardPackHtml(doc);
    for (const e of demo.entities.filter((x) => x.kind === 'nominal'))
      expect(html.includes(e.label), e.label).toBe(false);
    expect(doc.marking).toBe('OFFICIAL-SENSITIVE');
    expect(html.match(/class="marking[^"]*">OFFICIAL-SENSITIVE</g)?.length).toBe(4);
    expect(html).not.toMatch(/<script/i);
  });

  it('escapes what users typed', () => {
    const html = renderBoardPackHtml(
      buildBoardPack({
        ...input,
        meeting: { ...input.meeting, title: '<img src=x onerror=alert(1)>' },
      }),
    );
    expect(html).not.toContain('<img src=x');
  });

  it('rates a pillar with no actions as such', () => {
    expect(ragByPillar({ ...p.plans[0]!, actions: [] }, '2026-11-03').pursue).toBe('none');
  });
});
