import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleLock } from '../../../renderer/store/idle-lock';

function activitySource() {
  const listeners = new Set<() => void>();
  return {
    subscribe: (notify: () => void) => {
      listeners.add(notify);
      return () => listeners.delete(notify);
    },
    fire: () => listeners.forEach((l) => l()),
    get count() {
      return listeners.size;
    },
  };
}

describe('idle lock', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('locks after 10 minutes without activity by default', () => {
    const onIdle = vi.fn();
    const source = activitySource();
    createIdleLock({ onIdle, onActivity: source.subscribe });
    vi.advanceTimersByTime(10 * 60_000 - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    expect(source.count).toBe(0);
  });

  it('starts the count again on every activity', () => {
    const onIdle = vi.fn();
    const source = activitySource();
    createIdleLock({ minutes: 2, onIdle, onActivity: source.subscribe });
    vi.advanceTimersByTime(90_000);
    source.fire();
    vi.advanceTimersByTime(90_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10 * 60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('does nothing after dispose and unsubscribes', () => {
    const onIdle = vi.fn();
    const source = activitySource();
    const lock = createIdleLock({ minutes: 1, onIdle, onActivity: source.subscribe });
    lock.dispose();
    expect(source.count).toBe(0);
    vi.advanceTimersByTime(5 * 60_000);
    expect(onIdle).not.toHaveBeenCalled();
  });

  it('refuses a time of zero', () => {
    expect(() =>
      createIdleLock({ minutes: 0, onIdle: () => undefined, onActivity: () => () => undefined }),
    ).toThrow(/at least one minute/);
  });
});
