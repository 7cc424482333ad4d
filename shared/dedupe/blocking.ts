import { forenameKeys } from './nicknames';
import type { EntityFeatures } from './features';

/**
 * Blocking keys: only entities sharing a key are ever compared, which keeps 20k entities to a
 * few thousand comparisons instead of 200 million. A surname alone is deliberately not a key.
 */
export function blockingKeys(f: EntityFeatures): string[] {
  const keys: string[] = [];
  for (const n of f.names) keys.push(`n:${n}`);
  for (const a of f.aliases) keys.push(`n:${a}`);
  for (const p of f.phones) keys.push(`p:${p}`);
  for (const pc of f.postcodes) keys.push(`pc:${pc}`);
  if (f.vrm) keys.push(`v:${f.vrm}`);
  if (f.surname && f.firstInitial) keys.push(`si:${f.surname}|${f.firstInitial}`);
  if (f.dateOfBirth && f.firstInitial) keys.push(`di:${f.dateOfBirth}|${f.firstInitial}`);
  // Tom and Thomas share no initial-free key otherwise when their dates of birth differ in form.
  if (f.family && f.given) for (const g of forenameKeys(f.given)) keys.push(`fg:${f.family}|${g}`);
  return keys.map((k) => `${f.kind}/${k}`);
}

/** Blocks larger than this (a very common postcode or name) are skipped as uninformative. */
export const MAX_BLOCK = 200;

/** Index pairs [i, j] with i < j of entities that share at least one blocking key. */
export function candidatePairs(features: readonly EntityFeatures[]): {
  pairs: [number, number][];
  skippedBlocks: number;
} {
  const blocks = new Map<string, number[]>();
  features.forEach((f, i) => {
    for (const k of new Set(blockingKeys(f))) {
      const b = blocks.get(k);
      if (b) b.push(i);
      else blocks.set(k, [i]);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  let skippedBlocks = 0;
  const n = features.length;
  for (const members of blocks.values()) {
    if (members.length < 2) continue;
    if (members.length > MAX_BLOCK) {
      skippedBlocks++;
      continue;
    }
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) {
        const [i, j] = [members[x]!, members[y]!];
        const key = i * n + j;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([i, j]);
      }
  }
  return { pairs, skippedBlocks };
}
