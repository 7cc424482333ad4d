import { analysisConsultation } from '../store/consultations';
import { useConsultation } from '../store/useConsultation';
import { useEffect, useId, useState } from 'react';
import type { LoadedWorkspace } from '../store/api';
import type { AnalysisPanelProps } from './AnalysisPanel';
import type { AnalysisClient } from './client';
import { DisruptionTable } from './DisruptionTable';
import { labelOf } from './pathText';
import { ProgressLine, TaskMessage } from './ProgressLine';
import { useAnalysisTask } from './useAnalysisTask';

type Props = Pick<AnalysisPanelProps, 'onHighlight' | 'selection'> & {
  loaded: LoadedWorkspace;
  client: AnalysisClient;
};

/** Long enough for a good swap pass on a few thousand entities; the analyst can cancel. */
const TIME_BUDGET_MS = 5000;

/** Key-player disruption (Borgatti's KPP-Neg) and "what if these were removed". */
export function DisruptionSection(props: Props) {
  const { loaded, client, selection, onHighlight } = props;
  const id = useId();
  const [k, setK] = useState(3);
  const task = useAnalysisTask(client);
  const { reset } = task;
  const chosen = selection.filter((s) => loaded.entities.has(s));
  const result = task.state.status === 'done' ? task.state.result : null;
  useConsultation(analysisConsultation(loaded, result));
  const report = result?.kind === 'disruption' ? result : null;
  const maxK = Math.max(1, Math.min(20, loaded.entities.size - 1));

  useEffect(() => {
    reset();
  }, [reset, loaded.version]);
  useEffect(() => {
    if (report) onHighlight({ nodes: report.removed, links: [] });
  }, [report, onHighlight]);

  return (
    <section className="analysis-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Disruption what-if</h3>
      <p className="analysis-meaning">
        Which people, if arrested, remanded or moved away, would break the network up most. A
        search, not a proof: it may miss a slightly better set.
      </p>
      <div className="analysis-buttons">
        <label htmlFor={`${id}-k`}>How many people</label>
        <input
          id={`${id}-k`}
          type="number"
          min={1}
          max={maxK}
          value={k}
          onChange={(e) =>
            setK(Math.max(1, Math.min(maxK, Math.round(Number(e.target.value)) || 1)))
          }
        />
        <button
          type="button"
          onClick={() =>
            task.run({ loaded, query: { kind: 'keyPlayers', k, timeBudgetMs: TIME_BUDGET_MS } })
          }
        >
          Find key players
        </button>
        <button
          type="button"
          disabled={chosen.length === 0}
          onClick={() => task.run({ loaded, query: { kind: 'whatIf', ids: chosen } })}
        >
          What if the selected ({chosen.length}) were removed
        </button>
      </div>
      <ProgressLine
        state={task.state}
        onCancel={task.cancel}
        label="Key player search progress"
        budgetMs={TIME_BUDGET_MS}
      />
      <TaskMessage state={task.state} />
      <div role="status" className="analysis-result">
        {report ? (
          <>
            <p>Taking out these {report.removed.length} (highlighted on the chart):</p>
            <ul className="analysis-chips" aria-label="Entities removed">
              {report.removed.map((r) => (
                <li key={r}>{labelOf(loaded, r)}</li>
              ))}
            </ul>
            <DisruptionTable before={report.before} after={report.after} />
            {report.stoppedByTimeBudget ? (
              <p className="analysis-note">
                The search stopped at its {TIME_BUDGET_MS / 1000} second limit: this is the best set
                found so far.
              </p>
            ) : null}
          </>
        ) : null}
      </div>
    </section>
  );
}
