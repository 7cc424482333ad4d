import { describe, expect, it } from 'vitest';
import { group, link, mapOf, person, phone, sampleId } from '../../../../renderer/dev/factories';
import { buildElements } from '../../../../renderer/workspace/elements';
import {
  COMMUNITY_PREFIX,
  opensAsSummary,
  summaryModel,
} from '../../../../renderer/workspace/summary/combos';
import { comboRadius, summaryPositions } from '../../../../renderer/workspace/summary/layout';
import { summarise, summaryWords } from '../../../../renderer/workspace/summary/summarise';

const E = (n: number) => sampleId('ent', n);
const L = (n: number) => sampleId('lnk', n);
const TODAY = '2026-11-01';

/**
 * One OCG (1) with four members (2-5, 2 the best linked); two clusters outside it (10-14 and
 * 20-23) that Louvain would call communities 0 and 1; a lone phone (30) in a community of its own.
 */
function workspace() {
  const entities = [
    group(E(1), 'Tannerside Boys'),
    ...[2, 3, 4, 5].map((n) => person(E(n), `Member ${n}`)),
    ...[10, 11, 12, 13, 14].map((n) => person(E(n), `North ${n}`)),
    ...[20, 21, 22, 23].map((n) => person(E(n), `South ${n}`)),
    phone(E(30), 'Lone phone', '+447700900123'),
  ];
  let l = 0;
  const links = [
    ...[2, 3, 4, 5].map((n) => link(L(++l), E(n), E(1), 'member_of')),
    link(L(++l), E(2), E(3), 'associate'),
    link(L(++l), E(2), E(4), 'associate'),
    link(L(++l), E(10), E(11), 'associate'),
    link(L(++l), E(10), E(12), 'associate'),
    link(L(++l), E(10), E(13), 'associate'),
    link(L(++l), E(13), E(14), 'associate'),
    link(L(++l), E(20), E(21), 'associate'),
    link(L(++l), E(20), E(22), 'associate'),
    link(L(++l), E(22), E(23), 'associate'),
    link(L(++l), E(10), E(2), 'supplies'),
    link(L(++l), E(11), E(3), 'supplies'),
    link(L(++l), E(20), E(5), 'calls'),
    link(L(++l), E(4), E(12), 'supplies'),
  ];
  const derived = buildElements({ entities: mapOf(entities), links: mapOf(links) }, TODAY);
  const communities = new Map<string, number>([
    ...[1, 2, 3, 4, 5].map((n) => [E(n), 5] as const),
    ...[10, 11, 12, 13, 14].map((n) => [E(n), 0] as const),
    ...[20, 21, 22, 23].map((n) => [E(n), 1] as const),
    [E(30), 2],
  ]);
  return { derived, communities };
}

describe('the summary of a large map', () => {
  it('opens maps above a thousand entities as a summary', () => {
    expect(opensAsSummary(1000)).toBe(false);
    expect(opensAsSummary(1001)).toBe(true);
  });

  it('puts groups with their members, and everyone else in their community', () => {
    const { derived, communities } = workspace();
    const model = summaryModel(derived, communities);
    expect(model.comboOf.get(E(3))).toBe(E(1));
    expect(model.comboOf.get(E(12))).toBe(`${COMMUNITY_PREFIX}0`);
    expect(model.comboOf.get(E(21))).toBe(`${COMMUNITY_PREFIX}1`);
    // A community of one is pooled with the other loose ends.
    expect(model.comboOf.get(E(30))).toBe(`${COMMUNITY_PREFIX}smaller`);
    const ocg = model.combos.get(E(1));
    expect(ocg).toMatchObject({ kind: 'group', size: 4, label: 'Tannerside Boys' });
    expect(ocg?.members[0]).toBe(E(2));
    expect(ocg?.keyNames[0]).toBe('Member 2');
    expect(model.combos.get(`${COMMUNITY_PREFIX}0`)?.label).toBe('Community around North 10');
  });

  it('draws each combo as one node with its count, and combines the links between them', () => {
    const { derived, communities } = workspace();
    const model = summaryModel(derived, communities);
    const drawn = summarise(model, new Set());
    expect(drawn.nodes.map((n) => n.id).sort()).toEqual(
      [E(1), `${COMMUNITY_PREFIX}0`, `${COMMUNITY_PREFIX}1`, `${COMMUNITY_PREFIX}smaller`].sort(),
    );
    const ocg = drawn.nodes.find((n) => n.id === E(1));
    expect(ocg).toMatchObject({
      hiddenCount: 4,
      label: 'Tannerside Boys\nkey: Member 2',
    });
    const northToOcg = drawn.edges.find(
      (e) => e.source === `${COMMUNITY_PREFIX}0` && e.target === E(1),
    );
    // Links either way between two combos make one line.
    expect(northToOcg).toMatchObject({ bundled: 3, label: '3 links', directed: false });
    expect(
      drawn.edges.filter((e) => e.id.includes(E(1)) && e.id.includes(`${COMMUNITY_PREFIX}0`)),
    ).toHaveLength(1);
    expect(summaryWords(model, new Set())).toBe(
      'Summary of 15 entities: 1 group and 3 communities, each drawn as one node with its size.',
    );
  });

  it('shows the members of an expanded combo inside it, with the key nominal flagged', () => {
    const { derived, communities } = workspace();
    const model = summaryModel(derived, communities);
    const drawn = summarise(model, new Set([`${COMMUNITY_PREFIX}0`]));
    const inside = drawn.nodes.filter((n) => n.parent === `${COMMUNITY_PREFIX}0`);
    expect(inside.map((n) => n.id).sort()).toEqual([10, 11, 12, 13, 14].map(E).sort());
    expect(inside.find((n) => n.id === E(10))?.key).toBe(true);
    // Its links to the collapsed group still come combined, one per member.
    expect(drawn.edges.some((e) => e.source === E(10) && e.target === E(1))).toBe(true);
  });

  it("gives an entity added since the communities were found its neighbour's combo", () => {
    const { derived, communities } = workspace();
    const added = {
      nodes: [
        ...derived.nodes,
        { id: E(40), label: 'New', kind: 'nominal' as const, isGroup: false },
      ],
      edges: [
        ...derived.edges,
        {
          id: L(99),
          source: E(40),
          target: E(21),
          kind: 'associate' as const,
          label: '',
          strength: 3,
          weak: false,
          directed: false,
        },
      ],
    };
    expect(summaryModel(added, communities).comboOf.get(E(40))).toBe(`${COMMUNITY_PREFIX}1`);
  });

  it('places combos apart, so no two groups overlap, and every member inside its combo', () => {
    const { derived, communities } = workspace();
    const model = summaryModel(derived, communities);
    const at = summaryPositions(model);
    const combos = [...model.combos.values()];
    for (let i = 0; i < combos.length; i++) {
      for (let j = i + 1; j < combos.length; j++) {
        const a = combos[i]!;
        const b = combos[j]!;
        const pa = at.get(a.id)!;
        const pb = at.get(b.id)!;
        expect(Math.hypot(pa.x - pb.x, pa.y - pb.y)).toBeGreaterThanOrEqual(
          comboRadius(a.size) + comboRadius(b.size),
        );
      }
      const c = combos[i]!;
      const centre = at.get(c.id)!;
      for (const m of c.members) {
        const p = at.get(m)!;
        expect(Math.hypot(p.x - centre.x, p.y - centre.y)).toBeLessThanOrEqual(comboRadius(c.size));
      }
    }
    // The same input gives the same map.
    expect([...summaryPositions(model)]).toEqual([...at]);
  });
});
