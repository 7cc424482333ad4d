import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnalysisResult } from './decode';
import {
  AnalysisCancelled,
  type AnalysisClient,
  type AnalysisProgress,
  type AnalysisRequest,
  type RunningAnalysis,
} from './client';

export type TaskState =
  | { status: 'idle' }
  | { status: 'running'; progress: AnalysisProgress; startedAt: number }
  | { status: 'done'; result: AnalysisResult; version: number }
  | { status: 'error'; message: string }
  | { status: 'cancelled' };

/**
 * One analysis at a time for one part of the panel: a new run cancels the previous one, and a
 * result that arrives after the part has moved on is ignored.
 */
export function useAnalysisTask(client: AnalysisClient) {
  const [state, setState] = useState<TaskState>({ status: 'idle' });
  const current = useRef<RunningAnalysis | null>(null);

  const cancel = useCallback(() => {
    current.current?.cancel();
    current.current = null;
  }, []);

  const run = useCallback(
    (request: AnalysisRequest) => {
      current.current?.cancel();
      const startedAt = performance.now();
      setState({ status: 'running', progress: { fraction: 0, stage: 'Starting' }, startedAt });
      const running = client.run(request, (progress) => {
        if (current.current === running) setState({ status: 'running', progress, startedAt });
      });
      current.current = running;
      running.promise.then(
        (result) => {
          if (current.current !== running) return;
          current.current = null;
          setState({ status: 'done', result, version: request.loaded.version });
        },
        (error: unknown) => {
          if (current.current !== running && !(error instanceof AnalysisCancelled)) return;
          if (current.current === running) current.current = null;
          if (error instanceof AnalysisCancelled) setState({ status: 'cancelled' });
          else setState({ status: 'error', message: (error as Error).message });
        },
      );
    },
    [client],
  );

  const reset = useCallback(() => {
    cancel();
    setState({ status: 'idle' });
  }, [cancel]);

  useEffect(() => cancel, [cancel]);
  return { state, run, cancel, reset };
}
