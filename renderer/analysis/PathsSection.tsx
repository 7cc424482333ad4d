import { analysisConsultation } from '../store/consultations';
import { useConsultation } from '../store/useConsultation';
import { useEffect, useId, useState } from 'react';
import type { LoadedWorkspace } from '../store/api';
import type { AnalysisPanelProps } from './AnalysisPanel';
import type { AnalysisClient } from './client';
import { EntityPicker } from './EntityPicker';
import { labelOf, pathSentence, pathSteps } from './pathText';
import { ProgressLine, TaskMessage } from './ProgressLine';
import { useAnalysisTask } from './useAnalysisTask';

type Props = Pick<AnalysisPanelProps, 'onHighlight' | 'selection'> & {
  loaded: LoadedWorkspace;
  client: AnalysisClient;
};

/** Shortest and strongest path between two entities, and the network connecting a selection. */
export function PathsSection(props: Props) {
  const { loaded, client, selection, onHighlight } = props;
  const id = useId();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const task = useAnalysisTask(client);
  const { reset } = task;
  const chosen = selection.filter((s) => loaded.entities.has(s));
  const result = task.state.status === 'done' ? task.state.result : null;
  useConsultation(analysisConsultation(loaded, result));

  useEffect(() => {
    reset();
  }, [reset, loaded.version]);
  useEffect(() => {
    if (result?.kind === 'path' && result.nodes)
      onHighlight({ nodes: result.nodes, links: result.links });
    else if (result?.kind === 'connecting')
      onHighlight({ nodes: result.nodes, links: result.links });
  }, [result, onHighlight]);

  const ready = from !== '' && to !== '' && from !== to;
  const useSelection = () => {
    setFrom(chosen[0] ?? '');
    setTo(chosen[1] ?? '');
  };
  return (
    <section className="analysis-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Paths</h3>
      <div className="analysis-grid">
        <EntityPicker
          id={`${id}-from`}
          label="From"
          loaded={loaded}
          value={from}
          onChange={setFrom}
        />
        <EntityPicker id={`${id}-to`} label="To" loaded={loaded} value={to} onChange={setTo} />
      </div>
      <div className="analysis-buttons">
        <button type="button" onClick={useSelection} disabled={chosen.length !== 2}>
          Use the two selected
        </button>
        <button
          type="button"
          disabled={!ready}
          onClick={() => task.run({ loaded, query: { kind: 'shortestPath', from, to } })}
        >
          Shortest path
        </button>
        <button
          type="button"
          disabled={!ready}
          onClick={() => task.run({ loaded, query: { kind: 'strongestPath', from, to } })}
        >
          Strongest path
        </button>
        <button
          type="button"
          disabled={chosen.length < 2}
          onClick={() => task.run({ loaded, query: { kind: 'connecting', ids: chosen } })}
        >
          Connecting network of the selection ({chosen.length})
        </button>
        <button
          type="button"
          onClick={() => {
            reset();
            onHighlight(null);
          }}
        >
          Clear highlight
        </button>
      </div>
      <p className="analysis-note">
        The strongest path is the chain whose link confidences (strength ÷ 5 × grading confidence)
        multiply to the highest value.
      </p>
      <ProgressLine state={task.state} onCancel={task.cancel} label="Path search progress" />
      <TaskMessage state={task.state} />
      <div role="status" className="analysis-result">
        {result?.kind === 'path' ? <PathResult loaded={loaded} {...result} /> : null}
        {result?.kind === 'connecting' ? (
          <p>
            {result.nodes.length} entities and {result.links.length} links lie on the shortest
            routes between the {chosen.length} selected; shown on the chart.
            {result.unconnected.length > 0
              ? ` Not connected at all: ${result.unconnected
                  .map(([a, b]) => `${labelOf(loaded, a)} and ${labelOf(loaded, b)}`)
                  .join('; ')}.`
              : ''}
          </p>
        ) : null}
      </div>
    </section>
  );
}

function PathResult(props: {
  loaded: LoadedWorkspace;
  nodes: string[] | null;
  links: string[];
  confidence: number | null;
}) {
  if (!props.nodes) return <p>These two entities are not connected by any chain of links.</p>;
  const steps = pathSteps(props.nodes, props.links, props.loaded);
  return (
    <>
      <p>
        {steps.length - 1} {steps.length === 2 ? 'step' : 'steps'}
        {props.confidence !== null
          ? `; combined confidence ${props.confidence.toPrecision(2)}`
          : ''}
        : {pathSentence(steps)}
      </p>
    </>
  );
}
