import { useEffect, useId, useState } from 'react';
import type { LoadedWorkspace } from '../store/api';
import './analysis.css';
import { createAnalysisClient } from './client';
import { DisruptionSection } from './DisruptionSection';
import { ExposureSection } from './ExposureSection';
import { PathsSection } from './PathsSection';
import { RankingSection } from './RankingSection';
import { localToday } from './safeguardingTargets';

export interface AnalysisPanelProps {
  loaded: LoadedWorkspace;
  /** Entity ids selected on the chart (links and unknown ids are ignored). */
  selection: readonly string[];
  onSizeBy(values: ReadonlyMap<string, number> | null): void;
  onColourBy(groups: ReadonlyMap<string, number> | null, kind: 'measure' | 'community'): void;
  onHighlight(ids: { nodes: string[]; links: string[] } | null): void;
  onSelect(id: string): void;
  onExportCsv?(file: { suggestedName: string; data: string; mimeType: string }): void;
  /** The day ages are worked out on (who counts as a child); defaults to today. */
  today?: string;
}

/**
 * The analysis panel: every figure is computed in a Web Worker (renderer/analysis/client.ts),
 * so the chart stays responsive whatever the size of the network. Callbacks are kept stable
 * by the caller ideally; they are only called when a result or a toggle changes.
 */
export function AnalysisPanel(props: AnalysisPanelProps) {
  const id = useId();
  const [client] = useState(() => createAnalysisClient());
  useEffect(() => () => client.dispose(), [client]);
  const common = { loaded: props.loaded, client };
  return (
    <section className="analysis-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Analysis</h2>
      <RankingSection
        {...common}
        onSizeBy={props.onSizeBy}
        onColourBy={props.onColourBy}
        onSelect={props.onSelect}
        onExportCsv={props.onExportCsv}
      />
      <PathsSection {...common} selection={props.selection} onHighlight={props.onHighlight} />
      <DisruptionSection {...common} selection={props.selection} onHighlight={props.onHighlight} />
      <ExposureSection
        {...common}
        today={props.today ?? localToday()}
        onHighlight={props.onHighlight}
      />
    </section>
  );
}
