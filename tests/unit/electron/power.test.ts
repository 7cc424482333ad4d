import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { PowerMonitor } from 'electron';
import { forwardPowerEvents } from '../../../electron/power';

describe('electron/power', () => {
  it('asks the renderer to lock on suspend and on screen lock, and on nothing else', () => {
    const monitor = new EventEmitter();
    const lock = vi.fn();
    forwardPowerEvents(monitor as unknown as PowerMonitor, lock);
    monitor.emit('resume');
    monitor.emit('unlock-screen');
    expect(lock).not.toHaveBeenCalled();
    monitor.emit('suspend');
    monitor.emit('lock-screen');
    expect(lock.mock.calls).toEqual([['suspend'], ['screen-lock']]);
  });
});
