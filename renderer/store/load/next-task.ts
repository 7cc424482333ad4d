/**
 * Gives the page's thread a turn (to draw, to take a key press) in the middle of long work:
 * Chromium's scheduler.yield() where it exists, a zero timeout elsewhere (Node, in unit tests).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
