import { useEffect } from 'react';
import type { AuditLog } from './api';
import {
  consulted,
  createConsultationRecorder,
  installConsultationRecorder,
  type Consultation,
} from './consultation';

/**
 * Logs what a view shows once per distinct view: the effect runs again only when the records or
 * the words change. Pass null while nothing is shown.
 */
export function useConsultation(c: Consultation | null): void {
  const key = c ? `${c.kind}|${c.detail}|${c.targets.join(',')}` : '';
  useEffect(() => {
    if (c) consulted(c);
    // The key says everything about c: a new object with the same content is the same view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}

/** Installs the recorder for the open workspace, and writes any waiting search on the way out. */
export function useConsultationRecorder(audit: AuditLog, workspaceId: string): void {
  useEffect(() => {
    const recorder = createConsultationRecorder((e) => audit.record(e), { workspaceId });
    const uninstall = installConsultationRecorder(recorder);
    return () => {
      uninstall();
      void recorder.flush();
    };
  }, [audit, workspaceId]);
}
