import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace, DEMO_REFERENCE_DATE } from '../../../shared/demo';
import { applyFilters, toGraph } from '../../../shared/graph';
import {
  cuckooedRegister,
  dealLineRegister,
  registerEntityIds,
  registerFilter,
} from '../../../shared/registers';

const demo = buildDemoWorkspace();
const p = demo.partnership!;
const input = {
  entities: demo.entities,
  links: demo.links,
  orders: p.orders.map((o) => o.order),
  entries: p.registers.map((r) => r.entry),
  day: DEMO_REFERENCE_DATE,
};
const label = (id: string) => demo.entities.find((e) => e.id === id)!.label;

describe('cuckooed-address register', () => {
  const rows = cuckooedRegister(input);
  it('lists every cuckooed home on the map with its occupant, who took it over and its closure status', () => {
    expect(rows.map((r) => r.label)).toEqual(['14 Pellow Court', '29 Kestrel Road']);
    const pellow = rows[0]!;
    expect(pellow.occupants.map((o) => o.label)).toEqual(['Maureen Threlfall']);
    expect(pellow.occupants[0]!.vulnerability.join(' ')).toMatch(/cuckooed/i);
    expect(pellow.takenOverBy.map((t) => t.label).sort()).toEqual([
      'Leon Prestage',
      'Tannerside Firm',
    ]);
    expect(pellow.closure).toEqual({
      status: 'Breached',
      power: 'Closure order',
      expiresOn: '2027-01-21',
    });
    expect([pellow.tenure, pellow.landlord, pellow.visits, pellow.lastVisit]).toEqual([
      'Social housing',
      'Kestrelford Homes',
      3,
      '2026-10-28',
    ]);
  });
  it('never lists an offender as an occupant', () => {
    for (const r of rows)
      for (const o of r.occupants) expect(['Leon Prestage', 'Darnell Pike']).not.toContain(o.label);
  });
});

describe('deal-line register', () => {
  const rows = dealLineRegister(input);
  it('joins the numbers of one brand over time, with its line holders from dated links', () => {
    const tony = rows.find((r) => r.brand === 'Tony line')!;
    expect(tony.numbers).toEqual(['+447700900101', '+447700900102']);
    expect(tony.handsetChanges).toHaveLength(2);
    expect(tony.handsetChanges[0]!.what).toMatch(/New number \+447700900102/);
    expect(tony.handsetChanges[0]!.on >= '2026-01-13').toBe(true);
    expect(tony.handsetChanges[1]).toEqual({
      on: '2026-05-02',
      what: expect.stringMatching(/IMEI ending 4471/),
    });
    expect(tony.holders.filter((h) => h.role === 'Runs the line').map((h) => h.label)).toEqual([
      'Dane Kilbride',
      'Dane Kilbride',
    ]);
    expect(
      tony.holders.some((h) => h.label === 'Tyler Banfield' && h.role === 'Uses the phone'),
    ).toBe(true);
    expect(tony.bulkTexts).toEqual(['2025-01-06', '2026-02-01', '2026-05-03', '2026-09-14']);
    expect(tony.ddtro?.status).toBe('Discharged');
    expect(tony.calls).toBeGreaterThan(1000);
    expect(rows.find((r) => r.brand === 'Blue line')!.ddtro?.status).toBe('Applied for');
  });
  it('orders line holders by when they held the line', () => {
    for (const r of rows) {
      const from = r.holders.map((h) => h.from ?? '');
      expect(from).toEqual([...from].sort());
    }
  });
});

describe('register filter on the map', () => {
  it('keeps the cuckooed addresses and everyone one link from them', () => {
    const graph = toGraph(demo.entities, demo.links);
    const ids = registerEntityIds('cuckooed_address', demo.entities, demo.links);
    const visible = applyFilters(graph, [registerFilter(ids)]);
    const names = [...visible.entityIds].map(label);
    expect(names).toEqual(
      expect.arrayContaining([
        '14 Pellow Court',
        '29 Kestrel Road',
        'Maureen Threlfall',
        'Glenys Marwood',
        'Leon Prestage',
      ]),
    );
    expect(names).not.toContain('Anthony Varrick');
    expect(registerEntityIds('deal_line', demo.entities, demo.links).map(label).sort()).toEqual([
      'Blue line',
      'Gaz line',
      'Tony line (2024)',
      'Tony line (2026)',
    ]);
  });
});
