import { useEffect, useId, useMemo, useState } from 'react';
import { MEASURES, measureById, type SuiteField } from '../../shared/analysis';
import type { LoadedWorkspace } from '../store/api';
import type { AnalysisClient } from './client';
import { Histogram } from './Histogram';
import { histogramBins } from './histogramBins';
import { ProgressLine, TaskMessage } from './ProgressLine';
import { rankingCsv, csvFileName } from './rankingCsv';
import { rankingRows } from './rankingRows';
import { RankingTable } from './RankingTable';
import { useAnalysisTask } from './useAnalysisTask';
import type { AnalysisPanelProps } from './AnalysisPanel';

type Props = Pick<AnalysisPanelProps, 'onSizeBy' | 'onColourBy' | 'onSelect' | 'onExportCsv'> & {
  loaded: LoadedWorkspace;
  client: AnalysisClient;
};

/** Key nominals by any measure of the registry, its meaning, its histogram and chart styling. */
export function RankingSection(props: Props) {
  const { loaded, client, onSizeBy, onColourBy } = props;
  const id = useId();
  const [measureId, setMeasureId] = useState<SuiteField>('betweenness');
  const [nominalsOnly, setNominalsOnly] = useState(true);
  const [sizeBy, setSizeBy] = useState(false);
  const [colourBy, setColourBy] = useState(false);
  const ranking = useAnalysisTask(client);
  const communities = useAnalysisTask(client);
  const measure = measureById(measureId);
  const { run: runRanking } = ranking;
  const { run: runCommunities } = communities;

  useEffect(() => {
    runRanking({ loaded, query: { kind: 'measure', measure: measureId } });
  }, [runRanking, loaded, measureId]);
  useEffect(() => {
    if (colourBy) runCommunities({ loaded, query: { kind: 'measure', measure: 'community' } });
  }, [runCommunities, loaded, colourBy]);

  const result = ranking.state.status === 'done' ? ranking.state.result : null;
  const values = result?.kind === 'measure' ? result : null;
  const rows = useMemo(
    () => (values ? rankingRows(values.ids, values.values, loaded.entities, nominalsOnly) : []),
    [values, loaded.entities, nominalsOnly],
  );
  const bins = useMemo(() => histogramBins(rows.map((r) => r.value)), [rows]);

  useEffect(() => {
    onSizeBy(sizeBy && values ? new Map(values.ids.map((v, i) => [v, values.values[i]!])) : null);
  }, [onSizeBy, sizeBy, values]);
  const groups = communities.state.status === 'done' ? communities.state.result : null;
  useEffect(() => {
    if (!colourBy) onColourBy(null, 'community');
    else if (groups?.kind === 'measure')
      onColourBy(new Map(groups.ids.map((v, i) => [v, groups.values[i]!])), 'community');
  }, [onColourBy, colourBy, groups]);

  const exportCsv = () => {
    const data = rankingCsv(rows, measure.label, loaded.workspace.classification);
    const suggestedName = csvFileName(loaded.workspace.name, measure.label);
    props.onExportCsv?.({ suggestedName, data, mimeType: 'text/csv;charset=utf-8' });
  };

  return (
    <section className="analysis-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Key nominals</h3>
      <div className="analysis-row">
        <label htmlFor={`${id}-measure`}>Measure</label>
        <select
          id={`${id}-measure`}
          value={measureId}
          onChange={(e) => setMeasureId(e.target.value as SuiteField)}
        >
          {MEASURES.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
      </div>
      <p className="analysis-meaning">{measure.plainEnglish}</p>
      <p className="analysis-note">
        <strong>Scale:</strong> {measure.normalisation}
        {measure.weighted ? ' Weighted by each link’s recorded strength (1 to 5).' : ''}
      </p>
      <fieldset className="analysis-options">
        <legend className="visually-hidden">Ranking options</legend>
        <label>
          <input
            type="checkbox"
            checked={nominalsOnly}
            onChange={(e) => setNominalsOnly(e.target.checked)}
          />{' '}
          Nominals only
        </label>
        <label>
          <input type="checkbox" checked={sizeBy} onChange={(e) => setSizeBy(e.target.checked)} />{' '}
          Size nodes by this measure
        </label>
        <label>
          <input
            type="checkbox"
            checked={colourBy}
            onChange={(e) => setColourBy(e.target.checked)}
          />{' '}
          Colour by community
        </label>
      </fieldset>
      <ProgressLine state={ranking.state} onCancel={ranking.cancel} label="Ranking progress" />
      <TaskMessage state={ranking.state} />
      {colourBy && groups?.kind === 'measure' ? (
        <p className="analysis-note">
          {groups.communities} communities; modularity {groups.modularity?.toFixed(3)}.
        </p>
      ) : null}
      {values?.estimate ? (
        <p className="analysis-note" role="note">
          Estimated: this map has {values.estimate.nodes.toLocaleString('en-GB')} entities, so
          betweenness was computed from {values.estimate.pivots.toLocaleString('en-GB')} sampled
          starting points rather than from every entity. Each normalised value is within ±
          {values.estimate.boundPerEntity.toFixed(3)} of the exact one with 95% confidence; the
          order of the top entities is reliable, close neighbours in the list may swap.
        </p>
      ) : null}
      {values ? (
        <>
          <Histogram bins={bins} measureLabel={measure.label} />
          <RankingTable
            rows={rows}
            caption={`${nominalsOnly ? 'Nominals' : 'Entities'} ranked by ${measure.label.toLowerCase()}`}
            onSelect={props.onSelect}
          />
          {props.onExportCsv ? (
            <button type="button" onClick={exportCsv} disabled={rows.length === 0}>
              Export ranking as CSV
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
