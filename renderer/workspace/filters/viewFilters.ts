import {
  applyFilters,
  byDateRange,
  byEntityKind,
  byGradeMinimum,
  byHandlingCode,
  byLinkKind,
  egoNetwork,
} from '../../../shared/graph';
import type { Filter, WorkspaceGraph } from '../../../shared/graph';
import type {
  EntityKind,
  HandlingCode,
  IntelligenceAssessment,
  LinkKind,
  SourceEvaluation,
} from '../../../shared/model';
import { registerFilter, type RegisterKind } from '../../../shared/registers';
import { hidingEntitiesLeftUnlinked } from './leftUnlinked';

export { describeFilters } from './describeFilters';

/**
 * What the analyst has chosen to see. `null` lists mean "every kind", so a kind added to the
 * model later is shown rather than silently hidden. Saved with a view, so plain data only.
 */
export interface ViewFilters {
  entityKinds: EntityKind[] | null;
  linkKinds: LinkKind[] | null;
  /** Worst source evaluation still shown ('2' shows 1 and 2). */
  minSource?: SourceEvaluation;
  /** Worst intelligence assessment still shown ('B' shows A and B). */
  minIntelligence?: IntelligenceAssessment;
  handling: HandlingCode[] | null;
  /** Inclusive ISO dates; a missing end leaves the period open on that side. */
  dateFrom?: string;
  dateTo?: string;
  /** Whether links with no first or last sighting stay visible when a period is chosen. */
  includeUndated: boolean;
  /** Only what lies within `hops` links of these entities. */
  ego?: { ids: string[]; hops: number };
  /** Only a register's entities (cuckooed addresses, deal lines) and what is one link from them. */
  register?: { kind: RegisterKind; ids: string[] };
}

export const NO_FILTERS: ViewFilters = Object.freeze({
  entityKinds: null,
  linkKinds: null,
  handling: null,
  includeUndated: true,
}) as ViewFilters;

export function hasDateRange(f: ViewFilters): boolean {
  return Boolean(f.dateFrom || f.dateTo) || !f.includeUndated;
}

/**
 * The shared filters for these choices, in the order they apply. The ego network comes last so
 * that it walks only the links the other filters left visible.
 */
export function filterChain(f: ViewFilters): Filter[] {
  const chain: Filter[] = [];
  if (f.entityKinds) chain.push(byEntityKind(f.entityKinds));
  if (f.linkKinds) chain.push(byLinkKind(f.linkKinds));
  if (f.minSource || f.minIntelligence) {
    chain.push(
      byGradeMinimum({
        ...(f.minSource ? { source: f.minSource } : {}),
        ...(f.minIntelligence ? { intelligence: f.minIntelligence } : {}),
      }),
    );
  }
  if (f.handling) chain.push(byHandlingCode(f.handling));
  if (hasDateRange(f)) {
    const range = {
      ...(f.dateFrom ? { from: f.dateFrom } : {}),
      ...(f.dateTo ? { to: f.dateTo } : {}),
    };
    chain.push(
      hidingEntitiesLeftUnlinked(byDateRange(range, { includeUndated: f.includeUndated })),
    );
  }
  if (f.register) chain.push(registerFilter(f.register.ids));
  if (f.ego && f.ego.ids.length > 0) chain.push(egoNetwork(f.ego.ids, f.ego.hops));
  return chain;
}

/** The entities and links these filters leave on the chart; never a link to a hidden entity. */
export function visibleSet(
  graph: WorkspaceGraph,
  filters: ViewFilters,
): { entities: Set<string>; links: Set<string> } {
  const visible = applyFilters(graph, filterChain(filters));
  return { entities: visible.entityIds, links: visible.linkIds };
}
