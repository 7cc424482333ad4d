import { useEffect, useRef, useState } from 'react';
import { createAnalysisClient } from '../../analysis/client';
import type { LoadedWorkspace } from '../../store/api';

export type CommunitiesState =
  | { status: 'idle' | 'finding' }
  | { status: 'found'; communities: ReadonlyMap<string, number>; ms: number }
  | { status: 'failed'; message: string };

type Outcome = Exclude<CommunitiesState, { status: 'idle' | 'finding' }> & { for: string };

/**
 * Louvain communities of the workspace, found once per opened workspace in the analysis worker
 * (analysis never runs on the page's thread). Not again on every edit: the summary's combos
 * must not reshuffle under the analyst; entities added since follow their neighbours.
 */
export function useCommunities(loaded: LoadedWorkspace, wanted: boolean): CommunitiesState {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const latest = useRef(loaded);
  useEffect(() => {
    latest.current = loaded;
  });
  const workspaceId = loaded.workspace.id;
  useEffect(() => {
    if (!wanted) return undefined;
    // Benchmarks time the summary's first useful frame from here: the screen's first commit.
    performance.mark('linchpin:summary-asked');
    const started = performance.now();
    const client = createAnalysisClient();
    // One seeded Louvain run: the summary needs a fair cut quickly, not the best of ten.
    const query = { kind: 'measure', measure: 'community', runs: 1 } as const;
    const run = client.run({ loaded: latest.current, query });
    let live = true;
    run.promise
      .then((result) => {
        if (!live || result.kind !== 'measure') return;
        const communities = new Map<string, number>();
        result.ids.forEach((id, i) => communities.set(id, result.values[i] ?? 0));
        const ms = performance.now() - started;
        performance.mark('linchpin:summary-communities');
        setOutcome({ for: workspaceId, status: 'found', communities, ms });
      })
      .catch((e: unknown) => {
        if (!live) return;
        const message = e instanceof Error ? e.message : String(e);
        setOutcome({ for: workspaceId, status: 'failed', message });
      });
    return () => {
      live = false;
      client.dispose();
    };
  }, [wanted, workspaceId]);
  if (!wanted) return { status: 'idle' };
  return outcome?.for === workspaceId ? outcome : { status: 'finding' };
}
