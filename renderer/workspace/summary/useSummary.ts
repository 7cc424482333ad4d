import { useCallback, useMemo, useState } from 'react';
import type { LoadedWorkspace } from '../../store/api';
import { collapseGroups } from '../collapse';
import type { ChartElements } from '../elements';
import type { Combo } from './combos';
import { opensAsSummary, summaryModel } from './combos';
import type { Position } from './layout';
import { summaryPositions } from './layout';
import { summarise, summaryWords } from './summarise';
import { useCommunities } from './useCommunities';

const NOTHING: ChartElements = { nodes: [], edges: [] };

/** What the inspector may ask of the summary about an entity or a combo. */
export interface SummaryInfo {
  combo(id: string): Combo | undefined;
  /** The collapsed combo an entity is hidden in, if it is hidden. */
  hiddenIn(entityId: string): Combo | undefined;
}

export interface Summary {
  elements: ChartElements;
  /** Changes when the chart must be drawn afresh (summary shown, every entity shown). */
  chartKey: string;
  /**
   * The summary's own layout: its combos, and each member spiralled inside its combo, so that
   * expanding needs no layout. Worked out once per set of communities; absent for small maps.
   */
  layout: ReadonlyMap<string, Position> | undefined;
  collapsed: ReadonlySet<string>;
  toggle(id: string): void;
  info: SummaryInfo;
  bar: {
    large: boolean;
    on: boolean;
    words: string;
    status: 'finding' | 'ready' | 'failed' | 'off';
    failure?: string;
    onShowAll(): void;
    onSummarise(): void;
    onCollapseAll(): void;
  };
}

/**
 * Large maps open as a summary (KeyLines-style combos): groups and communities as single nodes
 * with their counts, combined links between them, expanded and collapsed on demand. Below the
 * threshold this is the ordinary chart with its collapsible groups. Positions come from
 * summaryPositions, so expanding a combo or showing every entity needs no layout.
 */
export function useSummary(
  loaded: LoadedWorkspace,
  derived: ChartElements,
  /** The entity selected (search, table, inspector): a combo hiding it is opened to show it. */
  selectedId?: string,
): Summary {
  const large = opensAsSummary(loaded.entities.size);
  const [on, setOn] = useState(large);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [collapsedGroups, setCollapsedGroups] = useState<ReadonlySet<string>>(new Set());
  const found = useCommunities(loaded, large);
  const communities = found.status === 'found' ? found.communities : null;
  const model = useMemo(
    () => (communities ? summaryModel(derived, communities) : null),
    [derived, communities],
  );
  // Worked out once per set of communities: edits must not move what is on the chart.
  const [placed, setPlaced] = useState<{ for: unknown; positions: Map<string, Position> }>();
  if (model && placed?.for !== communities)
    setPlaced({ for: communities, positions: summaryPositions(model) });
  const layout = placed?.for === communities ? placed?.positions : undefined;

  const summarised = on && large;

  // Choosing an entity hidden in a collapsed combo opens the combo, so it can be seen and
  // selected on the chart (as KeyLines reveals a combo's member).
  const [revealedFor, setRevealedFor] = useState<string | undefined>(undefined);
  if (selectedId !== revealedFor) {
    setRevealedFor(selectedId);
    const comboId = selectedId && summarised ? model?.comboOf.get(selectedId) : undefined;
    const combo = comboId && comboId !== selectedId ? model?.combos.get(comboId) : undefined;
    if (combo && !expanded.has(combo.id) && layout) setExpanded(new Set([...expanded, combo.id]));
  }
  const elements = useMemo(() => {
    if (!summarised) return collapseGroups(derived, collapsedGroups);
    return model && layout ? summarise(model, expanded) : NOTHING;
  }, [summarised, model, layout, derived, expanded, collapsedGroups]);

  const toggle = useCallback(
    (id: string) => {
      const flip = (current: ReadonlySet<string>) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      };
      if (!summarised) return setCollapsedGroups(flip);
      setExpanded(flip);
    },
    [summarised],
  );

  const collapsed = useMemo(() => {
    if (!summarised) return collapsedGroups;
    return new Set([...(model?.combos.keys() ?? [])].filter((id) => !expanded.has(id)));
  }, [summarised, collapsedGroups, model, expanded]);

  const info = useMemo<SummaryInfo>(
    () => ({
      combo: (id) => (summarised ? model?.combos.get(id) : undefined),
      hiddenIn: (entityId) => {
        if (!summarised || !model) return undefined;
        const comboId = model.comboOf.get(entityId);
        if (!comboId || comboId === entityId || expanded.has(comboId)) return undefined;
        return model.combos.get(comboId);
      },
    }),
    [model, summarised, expanded],
  );

  const status =
    !large || !on
      ? 'off'
      : found.status === 'found'
        ? 'ready'
        : found.status === 'failed'
          ? 'failed'
          : 'finding';
  const chartKey = summarised ? (model && layout ? 'summary' : 'summary-pending') : 'all';
  return {
    elements,
    chartKey,
    layout,
    collapsed,
    toggle,
    info,
    bar: {
      large,
      on: summarised,
      words: model && summarised ? summaryWords(model, expanded) : '',
      status,
      ...(found.status === 'failed' ? { failure: found.message } : {}),
      onShowAll: () => {
        setOn(false);
      },
      onSummarise: () => {
        setExpanded(new Set());
        setOn(true);
      },
      onCollapseAll: () => {
        setExpanded(new Set());
      },
    },
  };
}
