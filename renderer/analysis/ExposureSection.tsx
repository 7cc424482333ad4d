import { analysisConsultation } from '../store/consultations';
import { useConsultation } from '../store/useConsultation';
import { useEffect, useId, useMemo } from 'react';
import type { FlaggedExposure } from '../../shared/analysis';
import type { EntityOf } from '../../shared/model';
import type { LoadedWorkspace } from '../store/api';
import type { AnalysisPanelProps } from './AnalysisPanel';
import type { AnalysisClient } from './client';
import { linkLookup, buildCompactGraph } from './compactGraph';
import { labelOf } from './pathText';
import { ProgressLine, TaskMessage } from './ProgressLine';
import { controllerCandidates, flagReasons, flaggedPeople } from './safeguardingTargets';
import { useAnalysisTask } from './useAnalysisTask';

type Props = Pick<AnalysisPanelProps, 'onHighlight'> & {
  loaded: LoadedWorkspace;
  client: AnalysisClient;
  today: string;
};

const TOP_SUSPECTS = 5;

/** How close each child, vulnerable person or victim sits to the network's controllers. */
export function ExposureSection(props: Props) {
  const { loaded, client, today, onHighlight } = props;
  const id = useId();
  const task = useAnalysisTask(client);
  const { reset } = task;
  const flagged = useMemo(() => flaggedPeople(loaded, today), [loaded, today]);
  const result = task.state.status === 'done' ? task.state.result : null;
  useConsultation(analysisConsultation(loaded, result));
  const exposure = result?.kind === 'exposure' ? result : null;
  useEffect(() => {
    reset();
  }, [reset, loaded.version]);

  const assess = () => {
    const { suspects, named } = controllerCandidates(loaded, flagged);
    task.run({
      loaded,
      query: { kind: 'exposure', flagged, suspects, named, top: TOP_SUSPECTS },
    });
  };
  const showPath = (path: string[]) => {
    const graph = buildCompactGraph(loaded);
    const index = new Map(graph.ids.map((v, i) => [v, i]));
    const links = linkLookup(graph);
    const ids: string[] = [];
    for (let i = 0; i + 1 < path.length; i++)
      ids.push(...links(index.get(path[i]!)!, index.get(path[i + 1]!)!));
    onHighlight({ nodes: path, links: ids });
  };

  return (
    <section className="analysis-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Safeguarding exposure</h3>
      <p className="analysis-meaning">
        For each child, person recorded as vulnerable, or victim ({flagged.length} here): how many
        steps separate them from the controllers (the {TOP_SUSPECTS} suspects with the highest
        betweenness, and anyone recorded as controlling someone or running a line), and who stands
        between them.
      </p>
      <button type="button" onClick={assess} disabled={flagged.length === 0}>
        Assess exposure
      </button>
      <ProgressLine state={task.state} onCancel={task.cancel} label="Exposure progress" />
      <TaskMessage state={task.state} />
      <div role="status" className="analysis-result">
        {exposure ? (
          <>
            <p>
              Controllers:{' '}
              {exposure.controllers.map((c) => labelOf(loaded, c)).join(', ') || 'none found'}.
            </p>
            <ExposureTable rows={exposure.rows} loaded={loaded} today={today} onShow={showPath} />
          </>
        ) : null}
      </div>
    </section>
  );
}

function ExposureTable(props: {
  rows: FlaggedExposure[];
  loaded: LoadedWorkspace;
  today: string;
  onShow(path: string[]): void;
}) {
  const { loaded } = props;
  const sorted = [...props.rows].sort(
    (a, b) => (a.nearestHops ?? Infinity) - (b.nearestHops ?? Infinity),
  );
  return (
    <table className="analysis-compare">
      <caption className="visually-hidden">Exposure of safeguarding-flagged people</caption>
      <thead>
        <tr>
          <th scope="col">Person</th>
          <th scope="col">Nearest controller</th>
          <th scope="col">Steps</th>
          <th scope="col">Who stands between</th>
          <th scope="col">Chart</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => {
          const nearest = row.controllers
            .filter((c) => c.hops !== null)
            .sort((a, b) => a.hops! - b.hops!)[0];
          const person = loaded.entities.get(row.flagged) as EntityOf<'nominal'> | undefined;
          const reasons = person ? flagReasons(person, props.today).join(', ') : '';
          return (
            <tr key={row.flagged}>
              <th scope="row">
                {labelOf(loaded, row.flagged)} <span className="analysis-note">({reasons})</span>
              </th>
              <td>{nearest ? labelOf(loaded, nearest.controller) : 'not connected'}</td>
              <td>{nearest?.hops ?? '—'}</td>
              <td>
                {nearest && nearest.between.length > 0
                  ? nearest.between
                      .slice(0, 3)
                      .map((b) => `${labelOf(loaded, b.id)} (${Math.round(b.share * 100)}%)`)
                      .join(', ')
                  : nearest
                    ? 'no one: directly linked'
                    : '—'}
              </td>
              <td>
                {nearest?.path ? (
                  <button type="button" onClick={() => props.onShow(nearest.path!)}>
                    Show path
                    <span className="visually-hidden"> for {labelOf(loaded, row.flagged)}</span>
                  </button>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
