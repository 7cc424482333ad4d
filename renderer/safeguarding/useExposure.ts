import { useEffect, useMemo, useState } from 'react';
import { createAnalysisClient } from '../analysis/client';
import { controllerCandidates } from '../analysis/safeguardingTargets';
import type { LoadedWorkspace } from '../store';
import { summariseExposure, type ExposureSummary } from './exposureSummary';

/** Suspects with the highest betweenness count as controllers, with everyone who controls or runs a line. */
const TOP_BROKERS = 3;

export type ExposureState =
  | { status: 'running' }
  | { status: 'done'; byPerson: Map<string, ExposureSummary>; controllers: string[] }
  | { status: 'failed'; message: string };

/** Exposure of the listed people to the network's controllers, from the analysis worker. */
export function useExposure(loaded: LoadedWorkspace, flagged: readonly string[]): ExposureState {
  const client = useMemo(() => createAnalysisClient(), []);
  const [outcome, setOutcome] = useState<{ key: string; state: ExposureState } | null>(null);
  useEffect(() => () => client.dispose(), [client]);
  // A result counts only for the workspace version and list it was made from.
  const key = `${loaded.workspace.id}@${loaded.version}:${flagged.join(',')}`;
  useEffect(() => {
    if (flagged.length === 0) return;
    let live = true;
    const { suspects, named } = controllerCandidates(loaded, flagged);
    const run = client.run({
      loaded,
      query: { kind: 'exposure', flagged: [...flagged], suspects, named, top: TOP_BROKERS },
    });
    run.promise.then(
      (result) => {
        if (!live || result.kind !== 'exposure') return;
        setOutcome({
          key,
          state: {
            status: 'done',
            byPerson: summariseExposure(result.rows),
            controllers: result.controllers,
          },
        });
      },
      (error: unknown) => {
        if (live)
          setOutcome({ key, state: { status: 'failed', message: (error as Error).message } });
      },
    );
    return () => {
      live = false;
      run.cancel();
    };
    // `key` stands for the flagged list's contents.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, loaded, key]);
  if (flagged.length === 0) return { status: 'done', byPerson: new Map(), controllers: [] };
  return outcome?.key === key ? outcome.state : { status: 'running' };
}
