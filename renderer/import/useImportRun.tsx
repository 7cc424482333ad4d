import { useState } from 'react';
import type { Command } from '../store';

/** Runs one store command and keeps its outcome as a sentence for the screen. */
export function useImportRun(run: (c: Command) => Promise<void>) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const execute = async (command: Command, success: string) => {
    setBusy(true);
    try {
      await run(command);
      setStatus({ ok: true, text: success });
    } catch (e) {
      setStatus({ ok: false, text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };
  return { status, setStatus, busy, execute };
}

export function StatusLine({ status }: { status: { ok: boolean; text: string } | null }) {
  if (!status) return null;
  return (
    <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'import-ok' : 'import-error'}>
      {status.text}
    </p>
  );
}
