/**
 * Seeded randomness and stable ids, so that the demo and the synthetic workspaces come out
 * byte-for-byte the same on every call and every machine (tests and screenshots rely on it).
 */

/** mulberry32: tiny, fast and good enough for shuffling invented data (not for secrets). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [min, max], inclusive. */
export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('Cannot pick from an empty list.');
  return item;
}

/** 32-bit FNV-1a of a string, with a seed so that two calls give independent halves. */
function fnv1a(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * A record id matching ID_REGEX derived from a stable key, e.g. stableId('ent', 'nominal:tony').
 * 80 bits from three seeded hashes: collisions are negligible for a few thousand keys, and the
 * demo's tests check uniqueness anyway.
 */
export function stableId(prefix: string, key: string): string {
  const hex = [1, 2, 3].map((seed) => fnv1a(key, seed).toString(16).padStart(8, '0')).join('');
  return `${prefix}_${hex.slice(0, 20)}`;
}

/** Days since 1970-01-01 for an ISO date, and back: date arithmetic without time zones. */
export function isoToDay(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

export function dayToIso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
