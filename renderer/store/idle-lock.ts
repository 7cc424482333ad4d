/** Locks the vault after a stretch with no user activity (10 minutes unless the user set otherwise). */
export interface IdleLockOptions {
  minutes?: number;
  /** Called once when the time runs out, e.g. `() => session.lock('idle')`. */
  onIdle: () => void;
  /**
   * Subscribes to user activity (pointer, keys). Given a callback, returns an unsubscribe function.
   * Injected so the timer logic never touches the DOM itself and runs in Node tests.
   */
  onActivity: (notify: () => void) => () => void;
  now?: () => number;
}

export interface IdleLock {
  /** Counts activity that did not arrive through onActivity (an IPC message, say). */
  touch(): void;
  dispose(): void;
}

export const DEFAULT_IDLE_LOCK_MINUTES = 10;

/**
 * Activity only records a time stamp (pointer moves arrive hundreds of times a second); the single
 * timer, when it fires, re-arms itself for the time still left or locks.
 */
export function createIdleLock(options: IdleLockOptions): IdleLock {
  const minutes = options.minutes ?? DEFAULT_IDLE_LOCK_MINUTES;
  if (!(minutes > 0)) throw new Error('The idle lock needs a time of at least one minute.');
  const limit = minutes * 60_000;
  const now = options.now ?? (() => Date.now());
  let last = now();
  let timer: Parameters<typeof clearTimeout>[0];
  let done = false;

  const arm = (delay: number) => {
    timer = setTimeout(check, Math.max(delay, 0)) as Parameters<typeof clearTimeout>[0];
  };
  const check = () => {
    if (done) return;
    const left = last + limit - now();
    if (left > 0) return arm(left);
    done = true;
    unsubscribe();
    options.onIdle();
  };
  const touch = () => {
    if (!done) last = now();
  };
  const unsubscribe = options.onActivity(touch);
  arm(limit);

  return {
    touch,
    dispose() {
      done = true;
      clearTimeout(timer);
      unsubscribe();
    },
  };
}
