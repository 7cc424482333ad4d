/**
 * Consultation logging (DPA 2018 Part 3 s.62): who looked at which records, and when. Views note
 * what they show; this recorder turns the notes into audit events, one per view rather than one
 * per keystroke or render:
 * - a search is written once the analyst stops typing (the last query and what it found);
 * - anything else (a record opened, the table shown, a path, exposure or key-player result) is
 *   written at once, and a repeat of the same view within a moment (a re-render) is dropped.
 * The recorder is installed by the open workspace (useConsultationRecorder); views reach it
 * through consulted(), so wiring a view in is one hook call.
 */
import type { AuditLog } from './api';

export type ConsultationKind =
  | 'inspector'
  | 'table'
  | 'search'
  | 'path'
  | 'exposure'
  | 'key-player'
  | 'profile'
  | 'briefing'
  | 'print';

export interface Consultation {
  kind: ConsultationKind;
  /** The records shown, by opaque id. */
  targets: readonly string[];
  /** What was shown, in words that name the records, so the log answers "who looked at X". */
  detail: string;
}

export interface ConsultationRecorder {
  note(c: Consultation): void;
  /** Writes anything still waiting (a search being typed). */
  flush(): Promise<void>;
}

export interface RecorderOptions {
  workspaceId: string;
  /** How long typing must pause before a search is logged. */
  quietMs?: number;
  /** A repeat of the same view within this time is the same view. */
  repeatMs?: number;
  now?: () => number;
  onError?: (error: Error) => void;
}

const DEBOUNCED: ReadonlySet<ConsultationKind> = new Set(['search']);
const MAX_TARGETS = 10_000;

export function createConsultationRecorder(
  record: AuditLog['record'],
  options: RecorderOptions,
): ConsultationRecorder {
  const quietMs = options.quietMs ?? 1200;
  const repeatMs = options.repeatMs ?? 2000;
  const now = options.now ?? (() => Date.now());
  let waiting: Consultation | undefined;
  // Node's and the DOM's timer types differ; the handle is only ever given back to clearTimeout.
  let timer: unknown;
  let last: { key: string; at: number } | undefined;

  const write = (c: Consultation): Promise<void> => {
    const key = `${c.kind}|${c.detail}|${c.targets.join(',')}`;
    const at = now();
    if (last && last.key === key && at - last.at < repeatMs) return Promise.resolve();
    last = { key, at };
    return record({
      action: 'view',
      subject: c.kind,
      targets: c.targets.slice(0, MAX_TARGETS),
      workspaceId: options.workspaceId,
      detail: c.detail,
    }).catch((e: unknown) => options.onError?.(e instanceof Error ? e : new Error(String(e))));
  };
  const flush = async () => {
    if (timer !== undefined) clearTimeout(timer as number);
    timer = undefined;
    const c = waiting;
    waiting = undefined;
    if (c) await write(c);
  };
  return {
    note(c) {
      if (!DEBOUNCED.has(c.kind)) {
        void flush().then(() => write(c));
        return;
      }
      waiting = c;
      if (timer !== undefined) clearTimeout(timer as number);
      timer = setTimeout(() => void flush(), quietMs);
    },
    flush,
  };
}

let installed: ConsultationRecorder | undefined;

/** Makes `recorder` the one views write to; returns a function that removes it. */
export function installConsultationRecorder(recorder: ConsultationRecorder): () => void {
  installed = recorder;
  return () => {
    if (installed === recorder) installed = undefined;
  };
}

/** Notes what a view shows. Without an open workspace (a dev harness) nothing is written. */
export function consulted(c: Consultation): void {
  installed?.note(c);
}
