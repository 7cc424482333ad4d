import type { EntityFeatures } from './features';
import { sameForename } from './nicknames';
import { jaroWinkler } from './normaliseName';

export interface PairScore {
  score: number;
  reasons: string[];
}

/**
 * Evidence weights, combined as 1 - prod(1 - w). Identity evidence (date of birth, an alias
 * shared, a phone, a registration) outweighs place evidence: a shared postcode says two people
 * live near each other, which neighbours and families do.
 */
export const WEIGHTS = {
  sameName: 0.55,
  sameNameGroup: 0.6,
  nickname: 0.45,
  similarName: 0.4,
  aliasIsName: 0.55,
  sharedAlias: 0.5,
  dateOfBirth: 0.45,
  phone: 0.6,
  phoneRecord: 0.98,
  vehicle: 0.95,
  sameAddress: 0.85,
  postcodePlace: 0.35,
  postcodePerson: 0.15,
  /** Day and month of birth transposed: a common keying error, weak evidence, not a contradiction. */
  dateOfBirthSwapped: 0.2,
} as const;

/** Multipliers for evidence that two records are different things. */
export const AGAINST = { dateOfBirth: 0.3, premisesNumber: 0.15, forename: 0.5 } as const;

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

type Add = (w: number, reason: string) => void;

/** 1990-03-07 and 1990-07-03: the same date keyed the other way round. */
function swappedDayMonth(a: string, b: string): boolean {
  const [ya, ma, da] = a.split('-');
  const [yb, mb, db] = b.split('-');
  return a !== b && ya === yb && ma === db && da === mb;
}

/** People with forename and surname: the surname must agree, then the forename is weighed. */
function personNames(a: EntityFeatures, b: EntityFeatures, add: Add): 'same' | 'differ' | 'none' {
  if (!a.given || !b.given || !a.family || !b.family) return 'none';
  const surname = a.family === b.family ? 1 : jaroWinkler(a.family, b.family);
  const swapped = a.given === b.family && a.family === b.given;
  if (swapped || (surname >= 0.9 && a.given === b.given)) {
    add(
      WEIGHTS.sameName,
      `Same name once case, accents, punctuation and word order are set aside ("${b.given} ${b.family}")`,
    );
    return 'same';
  }
  if (surname >= 0.9 && sameForename(a.given, b.given)) {
    add(WEIGHTS.nickname, `Forenames ${a.given} and ${b.given} are forms of one name`);
    return 'same';
  }
  // One misspelt word: the other word agrees exactly, or both are very close.
  const given = jaroWinkler(a.given, b.given);
  if (
    (surname === 1 && given >= 0.75) ||
    (given === 1 && surname >= 0.8) ||
    (given >= 0.88 && surname >= 0.9)
  ) {
    add(WEIGHTS.similarName, `Similar names (similarity ${((given + surname) / 2).toFixed(2)})`);
    return 'same';
  }
  return 'differ';
}

function nameEvidence(a: EntityFeatures, b: EntityFeatures, add: Add): 'same' | 'differ' | 'none' {
  const sameName = intersects(a.names, b.names);
  if (sameName) {
    add(
      a.kind === 'nominal' ? WEIGHTS.sameName : WEIGHTS.sameNameGroup,
      `Same name once case, accents, punctuation and word order are set aside ("${sameName}")`,
    );
    return 'same';
  }
  const alias = intersects(a.aliases, b.names) ?? intersects(b.aliases, a.names);
  if (alias) {
    add(WEIGHTS.aliasIsName, `An alias of one is the name of the other ("${alias}")`);
    return 'same';
  }
  if (a.kind === 'nominal') {
    const person = personNames(a, b, add);
    if (person !== 'none') return person;
  }
  let best = 0;
  for (const x of a.names) for (const y of b.names) best = Math.max(best, similarNames(x, y));
  if (best >= 0.9) {
    add(WEIGHTS.similarName, `Similar names (similarity ${best.toFixed(2)})`);
    return 'same';
  }
  return 'none';
}

function placeEvidence(a: EntityFeatures, b: EntityFeatures, add: Add, against: string[]): number {
  const postcode = intersects(a.postcodes, b.postcodes);
  if (a.kind !== 'location') {
    if (postcode) add(WEIGHTS.postcodePerson, `Same postcode (${postcode})`);
    return 1;
  }
  const numbersDiffer =
    (a.numbers?.length || b.numbers?.length) &&
    (a.numbers ?? []).join(' ') !== (b.numbers ?? []).join(' ');
  if (numbersDiffer) {
    const show = (n: string[] | undefined) => (n?.length ? n.join('/') : 'none');
    against.push(`Different house or flat numbers (${show(a.numbers)} and ${show(b.numbers)})`);
    if (postcode) add(WEIGHTS.postcodePlace, `Same postcode (${postcode})`);
    return AGAINST.premisesNumber;
  }
  const street =
    a.street && b.street ? (a.street === b.street ? 1 : similarNames(a.street, b.street)) : 0;
  if (street >= 0.9 && (postcode || !a.postcodes.size || !b.postcodes.size))
    add(WEIGHTS.sameAddress, `Same address${postcode ? ` and postcode (${postcode})` : ''}`);
  else if (postcode) add(WEIGHTS.postcodePlace, `Same postcode (${postcode})`);
  return 1;
}

/**
 * Scores how likely two entities of one kind are the same thing, in [0, 1], with the reasons.
 * Independent evidence combines as 1 - prod(1 - w); evidence of two different things (dates of
 * birth, forenames, house or flat numbers that disagree) multiplies the score down.
 */
export function scorePair(a: EntityFeatures, b: EntityFeatures): PairScore {
  const reasons: string[] = [];
  const against: string[] = [];
  const weights: number[] = [];
  const add: Add = (w, reason) => {
    weights.push(w);
    reasons.push(reason);
  };
  const names = nameEvidence(a, b, add);
  const alias = intersects(a.aliases, b.aliases);
  if (alias) add(WEIGHTS.sharedAlias, `A shared alias ("${alias}")`);
  if (a.dateOfBirth && a.dateOfBirth === b.dateOfBirth)
    add(WEIGHTS.dateOfBirth, `Same date of birth (${a.dateOfBirth})`);
  const phone = intersects(a.phones, b.phones);
  if (phone)
    add(a.kind === 'phone' ? WEIGHTS.phoneRecord : WEIGHTS.phone, `Same phone number (${phone})`);
  if (a.vrm && a.vrm === b.vrm) add(WEIGHTS.vehicle, `Same vehicle registration (${a.vrm})`);
  let factor = placeEvidence(a, b, add, against);
  if (a.dateOfBirth && b.dateOfBirth && swappedDayMonth(a.dateOfBirth, b.dateOfBirth))
    add(
      WEIGHTS.dateOfBirthSwapped,
      `Dates of birth differ only by day and month swapped (${a.dateOfBirth} and ${b.dateOfBirth})`,
    );
  else if (a.dateOfBirth && b.dateOfBirth && a.dateOfBirth !== b.dateOfBirth) {
    factor *= AGAINST.dateOfBirth;
    against.push(`Different dates of birth (${a.dateOfBirth} and ${b.dateOfBirth})`);
  }
  if (names === 'differ') {
    factor *= AGAINST.forename;
    against.push(`Different names (${a.given} ${a.family} and ${b.given} ${b.family})`);
  }
  const score = (1 - weights.reduce((p, w) => p * (1 - w), 1)) * factor;
  return { score: Math.round(score * 1000) / 1000, reasons: [...reasons, ...against] };
}
