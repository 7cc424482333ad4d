import { useEffect, useState } from 'react';
import type { Session } from '../store';

/** Re-renders the caller whenever the session reports a change; returns a change counter. */
export function useSessionVersion(session: Session): number {
  const [version, setVersion] = useState(0);
  useEffect(() => session.subscribe(() => setVersion((v) => v + 1)), [session]);
  return version;
}
