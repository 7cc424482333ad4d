import type { EntityKind, LinkKind } from '../../shared/model';
import { ENTITY_KIND_IDS, LINK_KIND_IDS } from '../../shared/model';
import type { ChartElements, SafeguardingReason } from './elements';

/** Only what the current chart shows, in the model's own order, so the legend stays short and true. */
export interface LegendContent {
  entityKinds: EntityKind[];
  linkKinds: LinkKind[];
  directedInUse: boolean;
  weakInUse: boolean;
  strengthsInUse: number[];
  badges: SafeguardingReason[];
  /** Cuckooed addresses and trap houses on the chart. */
  places: ('cuckooed' | 'trap_house')[];
  groupsInUse: boolean;
  collapsedInUse: boolean;
  /** A large map's summary draws communities as combos. */
  communitiesInUse: boolean;
  bundledInUse: boolean;
}

export function legendInUse(elements: ChartElements): LegendContent {
  const kinds = new Set(elements.nodes.flatMap((n) => (n.community ? [] : [n.kind])));
  const linkKinds = new Set(elements.edges.map((e) => e.kind));
  const strengths = new Set(elements.edges.map((e) => e.strength));
  const badges = new Set(elements.nodes.flatMap((n) => (n.safeguarding ? [n.safeguarding] : [])));
  const parents = new Set(elements.nodes.flatMap((n) => (n.parent ? [n.parent] : [])));
  return {
    entityKinds: ENTITY_KIND_IDS.filter((k) => kinds.has(k)),
    linkKinds: LINK_KIND_IDS.filter((k) => linkKinds.has(k)),
    directedInUse: elements.edges.some((e) => e.directed),
    weakInUse: elements.edges.some((e) => e.weak),
    strengthsInUse: [...strengths].sort((a, b) => a - b),
    badges: (['child', 'vulnerable'] as const).filter((b) => badges.has(b)),
    places: (['cuckooed', 'trap_house'] as const).filter((p) =>
      elements.nodes.some((n) => n.place === p),
    ),
    groupsInUse: parents.size > 0,
    collapsedInUse: elements.nodes.some((n) => n.hiddenCount !== undefined && !n.community),
    communitiesInUse: elements.nodes.some((n) => n.community),
    bundledInUse: elements.edges.some((e) => e.bundled !== undefined),
  };
}
