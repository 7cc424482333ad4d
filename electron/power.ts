import type { PowerMonitor } from 'electron';
import type { LockReason } from '../shared/ipc/channels';

/** The vault locks when the computer sleeps or the screen locks, before anyone else can sit down. */
export function forwardPowerEvents(
  monitor: Pick<PowerMonitor, 'on'>,
  lock: (reason: LockReason) => void,
): void {
  monitor.on('suspend', () => lock('suspend'));
  monitor.on('lock-screen', () => lock('screen-lock'));
}
