import type { SideStore } from './side-store';

/**
 * Failed unlocks, counted where no key is needed (the side store: outside IndexedDB), and sealed
 * into the audit log at the next successful unlock. Someone with the disk can wipe this count, as
 * they can wipe anything unsealed; what it is for is telling the analyst, at their next unlock,
 * that someone tried passphrases in between.
 */
export interface FailedUnlocks {
  count: number;
  /** The most recent attempts, oldest first (at most KEPT_TIMES). */
  times: string[];
}

const KEPT_TIMES = 20;

export async function readFailedUnlocks(store: SideStore): Promise<FailedUnlocks | undefined> {
  const text = await store.read('failed-unlocks').catch(() => undefined);
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as Partial<FailedUnlocks>;
    const count = Number.isInteger(parsed.count) ? (parsed.count as number) : 0;
    const times = Array.isArray(parsed.times)
      ? parsed.times.filter((t): t is string => typeof t === 'string').slice(-KEPT_TIMES)
      : [];
    return count > 0 ? { count, times } : undefined;
  } catch {
    // An unreadable record still says that something was there; count it as one attempt.
    return { count: 1, times: [] };
  }
}

export async function noteFailedUnlock(store: SideStore, at: string): Promise<void> {
  const prior = (await readFailedUnlocks(store)) ?? { count: 0, times: [] };
  const next = { count: prior.count + 1, times: [...prior.times, at].slice(-KEPT_TIMES) };
  await store.write('failed-unlocks', JSON.stringify(next));
}

export function clearFailedUnlocks(store: SideStore): Promise<void> {
  return store.write('failed-unlocks', undefined);
}

/** The audit event's wording: how many, and when. */
export function describeFailedUnlocks({ count, times }: FailedUnlocks): string {
  const shown =
    times.length < count
      ? ` (the last ${times.length}: ${times.join(', ')})`
      : `: ${times.join(', ')}`;
  return `${count} failed unlock attempt${count === 1 ? '' : 's'} since the last unlock${times.length ? shown : ''}`;
}
