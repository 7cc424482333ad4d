import type { EntityFeatures } from './features';
import { jaroWinkler } from './normaliseName';

export interface PairScore {
  score: number;
  reasons: string[];
}

const intersects = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].find((x) => b.has(x));

/** Every word of one name close to some word of the other: tolerant of one misspelt word. */
function similarNames(a: string, b: string): number {
  const ta = a.split(' ');
  const tb = b.split(' ');
  if (ta.length !== tb.length) return 0;
  let total = 0;
  for (const t of ta) {
    const best = Math.max(...tb.map((u) => jaroWinkler(t, u)));
    if (best < 0.85) return 0;
    total += best;
  }
  return total / ta.length;
}

/**
 * Scores how likely two entities of one kind are the same thing, in [0, 1], with the reasons.
 * Independent evidence combines as 1 - prod(1 - w); a different date of birth is strong evidence
 * of two people and cuts the score, because namesakes are common in a town.
 */
export function scorePair(a: EntityFeatures, b: EntityFeatures): PairScore {
  const reasons: string[] = [];
  const weights: number[] = [];
  const add = (w: number, reason: string) => {
    weights.push(w);
    reasons.push(reason);
  };
  const sameName = intersects(a.names, b.names);
  if (sameName)
    add(
      a.kind === 'nominal' ? 0.7 : 0.6,
      `Same name once case, accents, punctuation and word order are set aside ("${sameName}")`,
    );
  else {
    const alias = intersects(a.aliases, b.names) ?? intersects(b.aliases, a.names);
    if (alias) add(0.6, `An alias of one is the name of the other ("${alias}")`);
    else {
      let best = 0;
      for (const x of a.names) for (const y of b.names) best = Math.max(best, similarNames(x, y));
      if (best >= 0.9) add(0.45, `Similar names (similarity ${best.toFixed(2)})`);
    }
  }
  if (intersects(a.aliases, b.aliases)) add(0.3, 'A shared alias');
  // Below the threshold on its own: many people in a county's records share a birthday.
  if (a.dateOfBirth && a.dateOfBirth === b.dateOfBirth)
    add(0.4, `Same date of birth (${a.dateOfBirth})`);
  const phone = intersects(a.phones, b.phones);
  if (phone) add(a.kind === 'phone' ? 0.98 : 0.6, `Same phone number (${phone})`);
  if (a.vrm && a.vrm === b.vrm) add(0.95, `Same vehicle registration (${a.vrm})`);
  const postcode = intersects(a.postcodes, b.postcodes);
  if (postcode) {
    if (a.kind === 'location' && a.address && b.address) {
      const sim = a.address === b.address ? 1 : similarNames(a.address, b.address);
      if (sim >= 0.9) add(0.85, `Same postcode (${postcode}) and address`);
      else add(0.3, `Same postcode (${postcode})`);
    } else add(a.kind === 'location' ? 0.5 : 0.25, `Same postcode (${postcode})`);
  }
  let score = 1 - weights.reduce((p, w) => p * (1 - w), 1);
  if (a.dateOfBirth && b.dateOfBirth && a.dateOfBirth !== b.dateOfBirth) {
    score *= 0.3;
    reasons.push(`Different dates of birth (${a.dateOfBirth} and ${b.dateOfBirth})`);
  }
  return { score: Math.round(score * 1000) / 1000, reasons };
}
