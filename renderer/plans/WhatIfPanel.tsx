import { useEffect, useId, useMemo } from 'react';
import type { DisruptionPlan } from '../../shared/plans';
import { createAnalysisClient } from '../analysis/client';
import { DisruptionTable } from '../analysis/DisruptionTable';
import { useAnalysisTask } from '../analysis/useAnalysisTask';
import type { LoadedWorkspace } from '../store';
import { pursueTargets } from './planDraft';

/** "What if the Pursue targets were removed": the key-player what-if, run in the analysis worker. */
export function WhatIfPanel({ loaded, plan }: { loaded: LoadedWorkspace; plan: DisruptionPlan }) {
  const id = useId();
  const client = useMemo(() => createAnalysisClient(), []);
  useEffect(() => () => client.dispose(), [client]);
  const task = useAnalysisTask(client);
  const targets = useMemo(
    () => pursueTargets(plan, new Set(loaded.entities.keys())),
    [plan, loaded.entities],
  );
  const names = targets.map((t) => loaded.entities.get(t)?.label ?? t);
  const { state } = task;
  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>What if the Pursue targets were removed?</h3>
      {targets.length === 0 ? (
        <p className="notice">No Pursue action targets anyone on the map yet.</p>
      ) : (
        <>
          <p>
            Removes {targets.length} from the network: {names.join(', ')}.
          </p>
          <button
            type="button"
            disabled={state.status === 'running'}
            onClick={() => task.run({ loaded, query: { kind: 'whatIf', ids: targets } })}
          >
            Run what-if
          </button>
        </>
      )}
      <div role="status">
        {state.status === 'running' ? <p>Working: {state.progress.stage}…</p> : null}
        {state.status === 'error' ? <p className="error">{state.message}</p> : null}
      </div>
      {state.status === 'done' && state.result.kind === 'disruption' ? (
        <>
          <p>
            Separate parts: {state.result.before.components} before, {state.result.after.components}{' '}
            after. Fragmentation (share of pairs who can no longer reach each other):{' '}
            {(state.result.before.fragmentation * 100).toFixed(1)}% before,{' '}
            {(state.result.after.fragmentation * 100).toFixed(1)}% after.
          </p>
          <DisruptionTable before={state.result.before} after={state.result.after} />
        </>
      ) : null}
    </section>
  );
}
