import { useEffect, useRef } from 'react';
import type { Session } from '../store';
import { createIdleLock } from '../store';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/** Locks the open vault after the idle time the user set (10 minutes unless changed). */
export function useAutoLock(session: Session | undefined, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  }, [onIdle]);

  const minutes = session?.settings.idleLockMinutes;
  useEffect(() => {
    if (!session || minutes === undefined) return undefined;
    const idle = createIdleLock({
      minutes,
      onIdle: () => onIdleRef.current(),
      onActivity: (notify) => {
        for (const name of ACTIVITY_EVENTS)
          window.addEventListener(name, notify, { passive: true });
        return () => {
          for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, notify);
        };
      },
    });
    return () => idle.dispose();
  }, [session, minutes]);
}
