import type { Entity, EntityKind, Link, LinkKind } from '../../shared/model';
import { GROUP_KINDS, LINK_KINDS, isChildOn, isWeakGrade } from '../../shared/model';

/** Why a person carries the safeguarding badge. A child who is also flagged vulnerable is 'child'. */
export type SafeguardingReason = 'child' | 'vulnerable';

export interface ChartNode {
  id: string;
  label: string;
  kind: EntityKind;
  /** The group (OCG or street gang) drawn around this node, if any. */
  parent?: string;
  safeguarding?: SafeguardingReason;
  /** A location used as a cuckooed address or a trap house: drawn with its own icon and rim. */
  place?: 'cuckooed' | 'trap_house';
  isGroup: boolean;
  /** Set by collapseGroups: how many members a collapsed group hides. */
  hiddenCount?: number;
  /** Set by the summary of a large map: a community found by Louvain, drawn as one combo. */
  community?: true;
  /** Set by the summary: a key nominal (most links in its combo), labelled at any zoom. */
  key?: true;
  /** Set by the summary: a collapsed combo's size on the chart, its area growing with its count. */
  diameter?: number;
}

export interface ChartEdge {
  id: string;
  source: string;
  target: string;
  kind: LinkKind;
  label: string;
  strength: number;
  weak: boolean;
  directed: boolean;
  /** Set by collapseGroups: how many links this edge stands for when it joins collapsed groups. */
  bundled?: number;
}

export interface ChartElements {
  nodes: ChartNode[];
  edges: ChartEdge[];
}

export interface ChartSource {
  entities: ReadonlyMap<string, Entity>;
  links: ReadonlyMap<string, Link>;
}

export function safeguardingReason(entity: Entity, today: string): SafeguardingReason | undefined {
  if (entity.kind !== 'nominal') return undefined;
  if (isChildOn(entity.attrs.dateOfBirth, today)) return 'child';
  if (entity.attrs.safeguarding?.vulnerable) return 'vulnerable';
  return undefined;
}

function byCreation(a: Link, b: Link): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Cytoscape gives a node one parent, so each member sits inside its earliest-recorded group; its
 * other memberships stay as edges. A membership that would make a group contain itself is skipped.
 */
export function assignParents(
  source: ChartSource,
): Map<string, { parent: string; linkId: string }> {
  const parents = new Map<string, { parent: string; linkId: string }>();
  const memberships = [...source.links.values()]
    .filter((l) => l.kind === 'member_of')
    .sort(byCreation);
  const reaches = (from: string, goal: string): boolean => {
    for (let at: string | undefined = from; at; at = parents.get(at)?.parent)
      if (at === goal) return true;
    return false;
  };
  for (const link of memberships) {
    const member = source.entities.get(link.source);
    const group = source.entities.get(link.target);
    if (!member || !group || !GROUP_KINDS.includes(group.kind)) continue;
    if (parents.has(member.id) || reaches(group.id, member.id)) continue;
    parents.set(member.id, { parent: group.id, linkId: link.id });
  }
  return parents;
}

/**
 * The chart's element set, derived from the workspace. Pure: the workspace stays the truth.
 * `compound: false` draws groups as ordinary nodes and every membership as a line, for the
 * layouts that know nothing of compound nodes (grid, concentric, hierarchy), whose group boxes
 * would otherwise overlap and hide their members.
 */
export function buildElements(
  source: ChartSource,
  today: string,
  options: { compound?: boolean } = {},
): ChartElements {
  const parents =
    options.compound === false
      ? new Map<string, { parent: string; linkId: string }>()
      : assignParents(source);
  const containment = new Set([...parents.values()].map((p) => p.linkId));
  const nodes: ChartNode[] = [];
  for (const entity of source.entities.values()) {
    const node: ChartNode = {
      id: entity.id,
      label: entity.label,
      kind: entity.kind,
      isGroup: GROUP_KINDS.includes(entity.kind),
    };
    const parent = parents.get(entity.id);
    if (parent) node.parent = parent.parent;
    const reason = safeguardingReason(entity, today);
    if (reason) node.safeguarding = reason;
    if (
      entity.kind === 'location' &&
      (entity.attrs.use === 'cuckooed' || entity.attrs.use === 'trap_house')
    )
      node.place = entity.attrs.use;
    nodes.push(node);
  }
  const edges: ChartEdge[] = [];
  for (const link of source.links.values()) {
    // Drawn as containment already; a line to the box around you only adds clutter.
    if (containment.has(link.id)) continue;
    if (!source.entities.has(link.source) || !source.entities.has(link.target)) continue;
    edges.push({
      id: link.id,
      source: link.source,
      target: link.target,
      kind: link.kind,
      label: link.label || LINK_KINDS[link.kind].label,
      strength: link.strength,
      weak: isWeakGrade(link.grade),
      directed: LINK_KINDS[link.kind].directed,
    });
  }
  return { nodes, edges };
}
