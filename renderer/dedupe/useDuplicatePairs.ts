import { useEffect, useState } from 'react';
import { findDuplicates, type DuplicatePair } from '../../shared/dedupe';
import type { LoadedWorkspace } from '../store';

/**
 * Candidate pairs for the open workspace, recomputed when it changes. Deferred by a tick so the
 * screen paints "Looking…" first; 20k entities take about a second (a worker would be better).
 */
export function useDuplicatePairs(loaded: LoadedWorkspace): DuplicatePair[] | null {
  const [result, setResult] = useState<{
    version: number;
    id: string;
    pairs: DuplicatePair[];
  } | null>(null);
  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(() => {
      const pairs = findDuplicates([...loaded.entities.values()], {
        links: [...loaded.links.values()],
      });
      if (live) setResult({ version: loaded.version, id: loaded.workspace.id, pairs });
    }, 0);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [loaded]);
  return result && result.version === loaded.version && result.id === loaded.workspace.id
    ? result.pairs
    : null;
}
