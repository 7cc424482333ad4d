import { useEffect, useMemo, useState } from 'react';
import { MEASURES, type SuiteField } from '../../shared/analysis';
import type { MeasureInput } from '../../shared/profiles';
import { createAnalysisClient } from '../analysis/client';
import type { LoadedWorkspace } from '../store';

/** The measures a profile explains: direct connections and brokerage. */
const PROFILE_MEASURES: readonly SuiteField[] = ['degree', 'betweenness'];

export type MeasuresState =
  | { status: 'running' }
  | { status: 'done'; measures: MeasureInput[] }
  | { status: 'failed'; message: string };

/**
 * Key measures for the profile, computed in the analysis worker (never on the UI thread) and
 * cached there per workspace version. A result counts only for the workspace it was made from.
 */
export function useProfileMeasures(loaded: LoadedWorkspace): MeasuresState {
  const client = useMemo(() => createAnalysisClient(), []);
  const [outcome, setOutcome] = useState<{ from: LoadedWorkspace; state: MeasuresState } | null>(
    null,
  );
  useEffect(() => () => client.dispose(), [client]);
  useEffect(() => {
    let live = true;
    const runs = PROFILE_MEASURES.map((measure) =>
      client.run({ loaded, query: { kind: 'measure', measure } }),
    );
    Promise.all(runs.map((r) => r.promise)).then(
      (results) => {
        if (!live) return;
        const measures = results.flatMap((result, i): MeasureInput[] => {
          if (result.kind !== 'measure') return [];
          const id = PROFILE_MEASURES[i]!;
          const def = MEASURES.find((m) => m.id === id);
          const values: Record<string, number> = {};
          result.ids.forEach((entityId, k) => (values[entityId] = result.values[k]!));
          return [{ id, label: def?.label ?? id, meaning: def?.plainEnglish, values }];
        });
        setOutcome({ from: loaded, state: { status: 'done', measures } });
      },
      (error: unknown) => {
        if (live)
          setOutcome({
            from: loaded,
            state: { status: 'failed', message: (error as Error).message },
          });
      },
    );
    return () => {
      live = false;
      runs.forEach((r) => r.cancel());
    };
  }, [client, loaded]);
  return outcome?.from === loaded ? outcome.state : { status: 'running' };
}
