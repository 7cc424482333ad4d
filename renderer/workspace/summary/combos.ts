import type { ChartElements, ChartNode } from '../elements';

/** Above this many entities a map opens as a summary of groups and communities. */
export const SUMMARY_ABOVE = 1000;
export const COMMUNITY_PREFIX = 'community:';
/** Communities smaller than this are pooled, so a scatter of loose ends makes one combo. */
const SMALLEST_COMMUNITY = 3;
/** Key nominals named in a combo's caption. */
const KEY_NAMES = 2;
/** Key nominals labelled at any zoom across the whole map, besides each combo's first. */
const KEY_OVERALL = 20;

export interface Combo {
  id: string;
  /** The group's own label, or "Community around <its key nominal>". */
  label: string;
  kind: 'group' | 'community';
  /** Entities inside, at any depth. */
  size: number;
  /** Labels of its best-linked nominals, most links first. */
  keyNames: string[];
  /** Member ids, best-linked first (the key nominal is drawn at the centre). */
  members: string[];
}

/** The map cut into combos: every group with its members, and the rest by community. */
export interface SummaryModel {
  /** The derived elements with community parents added and key nominals flagged. */
  elements: ChartElements;
  combos: Map<string, Combo>;
  /** Each entity's outermost combo. */
  comboOf: Map<string, string>;
}

function topOf(id: string, parentOf: ReadonlyMap<string, string | undefined>): string {
  let top = id;
  for (let at = parentOf.get(id); at; at = parentOf.get(at)) top = at;
  return top;
}

/**
 * Groups (OCGs, street gangs) are combos with the members the chart already draws inside them;
 * every entity outside a group joins the combo of its Louvain community (pooled into one
 * "smaller clusters" combo when its community is tiny). An entity the communities do not know
 * (added since they were found) joins its first neighbour's combo. Pure.
 */
export function summaryModel(
  derived: ChartElements,
  communities: ReadonlyMap<string, number>,
): SummaryModel {
  const parentOf = new Map(derived.nodes.map((n) => [n.id, n.parent]));
  const byId = new Map(derived.nodes.map((n) => [n.id, n]));
  const degree = new Map<string, number>();
  const neighbour = new Map<string, string>();
  for (const e of derived.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    if (!neighbour.has(e.source)) neighbour.set(e.source, e.target);
    if (!neighbour.has(e.target)) neighbour.set(e.target, e.source);
  }
  const hasMembers = new Set([...parentOf.values()].filter((p): p is string => !!p));
  const comboOf = new Map<string, string>();
  const loose: ChartNode[] = [];
  for (const node of derived.nodes) {
    const top = topOf(node.id, parentOf);
    if (top !== node.id || hasMembers.has(node.id)) comboOf.set(node.id, top);
    else loose.push(node);
  }
  // Loose entities by community; those it does not know follow a neighbour, where there is one.
  const communityOf = new Map<string, string>();
  const size = new Map<string, number>();
  for (const node of loose) {
    const c = communities.get(node.id);
    if (c === undefined) continue;
    const id = `${COMMUNITY_PREFIX}${c}`;
    communityOf.set(node.id, id);
    size.set(id, (size.get(id) ?? 0) + 1);
  }
  const pooled = `${COMMUNITY_PREFIX}smaller`;
  for (const node of loose) {
    let id = communityOf.get(node.id);
    if (id === undefined) {
      const near = neighbour.get(node.id);
      id = near ? (comboOf.get(near) ?? communityOf.get(near)) : undefined;
    }
    if (
      id === undefined ||
      (id.startsWith(COMMUNITY_PREFIX) && (size.get(id) ?? 0) < SMALLEST_COMMUNITY)
    )
      id = pooled;
    comboOf.set(node.id, id);
  }

  const members = new Map<string, string[]>();
  for (const [id, combo] of comboOf) {
    if (id === combo) continue;
    const list = members.get(combo);
    if (list) list.push(id);
    else members.set(combo, [id]);
  }
  const byDegree = (a: string, b: string) =>
    (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  const combos = new Map<string, Combo>();
  const keyFlags = new Set<string>();
  for (const [id, list] of members) {
    list.sort(byDegree);
    const nominals = list.filter((m) => byId.get(m)?.kind === 'nominal');
    const keyNames = nominals.slice(0, KEY_NAMES).map((m) => byId.get(m)?.label ?? m);
    if (nominals[0]) keyFlags.add(nominals[0]);
    const community = id.startsWith(COMMUNITY_PREFIX);
    const label = community
      ? id === pooled
        ? 'Smaller clusters and loose ends'
        : `Community around ${keyNames[0] ?? byId.get(list[0] ?? '')?.label ?? 'unnamed entities'}`
      : (byId.get(id)?.label ?? id);
    combos.set(id, {
      id,
      label,
      kind: community ? 'community' : 'group',
      size: list.length,
      keyNames,
      members: list,
    });
  }
  const allNominals = derived.nodes.filter((n) => n.kind === 'nominal').map((n) => n.id);
  for (const id of allNominals.sort(byDegree).slice(0, KEY_OVERALL)) keyFlags.add(id);

  const communityNodes: ChartNode[] = [...combos.values()]
    .filter((c) => c.kind === 'community')
    .map((c) => ({
      id: c.id,
      label: c.label,
      kind: 'organisation',
      isGroup: true,
      community: true,
    }));
  const nodes = derived.nodes.map((n) => {
    const combo = comboOf.get(n.id);
    const inCommunity = combo?.startsWith(COMMUNITY_PREFIX) && combo !== n.id;
    if (!inCommunity && !keyFlags.has(n.id)) return n;
    const next: ChartNode = { ...n };
    if (inCommunity && combo) next.parent = combo;
    if (keyFlags.has(n.id)) next.key = true;
    return next;
  });
  return {
    elements: { nodes: [...communityNodes, ...nodes], edges: derived.edges },
    combos,
    comboOf,
  };
}

/** Whether a workspace of this many entities opens on its summary. */
export function opensAsSummary(entityCount: number): boolean {
  return entityCount > SUMMARY_ABOVE;
}
