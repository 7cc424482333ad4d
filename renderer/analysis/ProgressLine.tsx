import { useEffect, useState } from 'react';
import type { TaskState } from './useAnalysisTask';

/**
 * Progress of a running analysis with its Cancel button. Work that cannot be counted (the
 * key-player search) shows the time spent against its time budget instead.
 */
export function ProgressLine(props: {
  state: TaskState;
  onCancel(): void;
  label: string;
  budgetMs?: number;
}) {
  const { state, budgetMs } = props;
  const running = state.status === 'running';
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!running || budgetMs === undefined) return;
    const timer = setInterval(() => setNow(performance.now()), 200);
    return () => clearInterval(timer);
  }, [running, budgetMs]);
  if (state.status !== 'running') return null;
  const fraction =
    budgetMs !== undefined && state.progress.fraction === 0
      ? Math.min(1, (now - state.startedAt) / budgetMs)
      : state.progress.fraction;
  return (
    <div className="analysis-progress" role="status">
      <progress max={1} value={fraction} aria-label={props.label} />
      <span>{state.progress.stage}…</span>
      <button type="button" onClick={props.onCancel}>
        Cancel
      </button>
    </div>
  );
}

/** Errors and cancellations in words; nothing while idle, running or done. */
export function TaskMessage(props: { state: TaskState }) {
  if (props.state.status === 'error')
    return (
      <p className="analysis-error" role="alert">
        {props.state.message}
      </p>
    );
  if (props.state.status === 'cancelled')
    return <p className="analysis-note">Cancelled. Nothing was changed.</p>;
  return null;
}
