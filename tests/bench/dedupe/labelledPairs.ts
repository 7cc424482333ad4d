/**
 * A labelled set of record pairs built from the fictional demo with the errors real records
 * carry: typos, forename and surname swapped, nicknames, a missing date of birth, an alias used
 * as the name (same person); neighbours at one postcode, siblings, namesakes, and flats or houses
 * on one street (different people or places). Deterministic: the same pairs on every run.
 */
import { buildDemoWorkspace } from '../../../shared/demo';
import type { Entity, EntityOf, Link } from '../../../shared/model';

export interface LabelledPair {
  a: Entity;
  b: Entity;
  /** Places the pair's people live at, so postcodes reach them as they do in the app. */
  places: Entity[];
  links: Link[];
  same: boolean;
  error: string;
}

const AT = '2026-11-01T09:00:00.000Z';
const WS = 'ws_00000000000000000000';
let serial = 0;
const nextId = (prefix: string) => `${prefix}_${(++serial).toString(16).padStart(20, '0')}`;

type Nominal = EntityOf<'nominal'>;
type Location = EntityOf<'location'>;

function person(
  forenames: string,
  surname: string,
  extra: Partial<Nominal['attrs']> = {},
  label = `${forenames} ${surname}`,
): Nominal {
  return {
    id: nextId('ent'),
    workspaceId: WS,
    kind: 'nominal',
    label,
    notes: '',
    classification: 'OFFICIAL',
    provenance: [],
    createdAt: AT,
    updatedAt: AT,
    attrs: { forenames, surname, aliases: [], roles: [], ...extra },
  };
}

function place(address: string, postcode: string): Location {
  return {
    id: nextId('ent'),
    workspaceId: WS,
    kind: 'location',
    label: address,
    notes: '',
    classification: 'OFFICIAL',
    provenance: [],
    createdAt: AT,
    updatedAt: AT,
    attrs: { address, postcode, use: 'home' },
  };
}

function residesAt(who: Entity, where: Entity): Link {
  return {
    id: nextId('lnk'),
    workspaceId: WS,
    source: who.id,
    target: where.id,
    kind: 'resides_at',
    label: '',
    strength: 3,
    provenance: [],
    classification: 'OFFICIAL',
    notes: '',
    createdAt: AT,
    updatedAt: AT,
  };
}

/** One keyboard slip: two neighbouring letters swapped, or a vowel mistyped. */
function typo(word: string, seed: number): string {
  if (word.length < 4) return `${word}${word.at(-1)}`;
  const i = 1 + (seed % (word.length - 2));
  if (seed % 2 === 0) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  const swap: Record<string, string> = { a: 'e', e: 'a', i: 'y', o: 'u', u: 'o', y: 'i' };
  const j = [...word].findIndex((c, k) => k > 0 && swap[c] !== undefined);
  return j < 0 ? `${word}e` : word.slice(0, j) + swap[word[j]!] + word.slice(j + 1);
}

const NICKNAMES: Record<string, string> = {
  Anthony: 'Tony',
  Thomas: 'Tom',
  Daniel: 'Danny',
  Michael: 'Mick',
  Gary: 'Gaz',
  Jordan: 'Jordan',
  Nathan: 'Nat',
  Marcus: 'Marc',
  Kevin: 'Kev',
  Callum: 'Cal',
  Shannon: 'Shan',
  Samuel: 'Sam',
  Christopher: 'Chris',
  Benjamin: 'Ben',
  Dennis: 'Den',
  Richard: 'Rick',
  Margaret: 'Maggie',
  Charlotte: 'Lottie',
  Alexander: 'Alex',
  Rebecca: 'Becky',
  Karen: 'Kaz',
  Jacqueline: 'Jackie',
};

const OTHER_FORENAMES = ['Priya', 'Declan', 'Imogen', 'Oskar', 'Fern', 'Rhys', 'Tamsin', 'Idris'];
const OTHER_SURNAMES = ['Pennock', 'Ashworth', 'Quayle', 'Marwood', 'Tennant', 'Ollerton'];

function shiftDate(dob: string, years: number, days: number): string {
  const [y, m, d] = dob.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y + years, m - 1, d + days));
  return t.toISOString().slice(0, 10);
}

function peoplePairs(people: Nominal[]): LabelledPair[] {
  const pairs: LabelledPair[] = [];
  const pair = (
    a: Entity,
    b: Entity,
    same: boolean,
    error: string,
    places: Entity[] = [],
    links: Link[] = [],
  ) => pairs.push({ a, b, same, error, places, links });
  people.forEach((p, n) => {
    const { forenames, surname, dateOfBirth: dob, aliases } = p.attrs;
    if (!forenames || !surname || !dob) return;
    const base = person(forenames, surname, { dateOfBirth: dob, aliases });
    pair(base, person(forenames, typo(surname, n), { dateOfBirth: dob }), true, 'surname typo');
    pair(
      base,
      person(typo(forenames, n + 1), surname, { dateOfBirth: dob }),
      true,
      'forename typo',
    );
    pair(
      base,
      person(surname, forenames, { dateOfBirth: dob }, `${surname.toUpperCase()}, ${forenames}`),
      true,
      'forename and surname swapped',
    );
    const nick = NICKNAMES[forenames];
    if (nick && nick !== forenames) {
      const shared = aliases[0];
      pair(
        base,
        person(nick, surname, shared ? { aliases: [shared] } : { dateOfBirth: dob }),
        true,
        shared ? 'nickname, no date of birth, shared alias' : 'nickname, same date of birth',
      );
    }
    if (aliases[0]) pair(base, person('', '', {}, aliases[0]), true, 'alias recorded as the name');
    // Harder, and common in police records: the scorer is expected to miss some of these.
    if (nick && nick !== forenames)
      pair(person(forenames, surname), person(nick, surname), true, 'nickname only, nothing else');
    const [y, m, d] = dob.split('-');
    if (Number(d) <= 12 && d !== m)
      pair(
        base,
        person(forenames, surname, { dateOfBirth: `${y}-${d}-${m}` }),
        true,
        'day and month of birth swapped',
      );
    // Different people.
    const home = place(
      `${10 + n} ${['Kestrel Road', 'Heron Way', 'Linnet Close'][n % 3]}`,
      `ZZ${n % 9} ${n % 7}AB`,
    );
    const next = place(
      `${12 + n} ${['Kestrel Road', 'Heron Way', 'Linnet Close'][n % 3]}`,
      home.attrs.postcode!,
    );
    const neighbour = person(OTHER_FORENAMES[n % 8]!, OTHER_SURNAMES[n % 6]!, {
      dateOfBirth: shiftDate(dob, 3, 40),
    });
    const a = person(forenames, surname, { dateOfBirth: dob });
    pair(
      a,
      neighbour,
      false,
      'neighbours at one postcode',
      [home, next],
      [residesAt(a, home), residesAt(neighbour, next)],
    );
    const sibling = person(OTHER_FORENAMES[(n + 3) % 8]!, surname, {
      dateOfBirth: shiftDate(dob, -2, 100),
    });
    const a2 = person(forenames, surname, { dateOfBirth: dob });
    pair(
      a2,
      sibling,
      false,
      'siblings at one address',
      [home],
      [residesAt(a2, home), residesAt(sibling, home)],
    );
    pair(
      base,
      person(forenames, surname, { dateOfBirth: shiftDate(dob, 11, 17) }),
      false,
      'namesake, different date of birth',
    );
  });
  return pairs;
}

function placePairs(places: Location[]): LabelledPair[] {
  const pairs: LabelledPair[] = [];
  places.forEach((p, n) => {
    const { address, postcode } = p.attrs;
    if (!postcode) return;
    const base = place(address, postcode);
    const reformatted = place(
      `${address.toUpperCase().replace(/,/g, '')}.`,
      postcode.replace(' ', ''),
    );
    pairs.push({
      a: base,
      b: reformatted,
      same: true,
      error: 'address case, commas and postcode spacing',
      places: [],
      links: [],
    });
    const number = /\d+/.exec(address)?.[0];
    const street = address.replace(/^.*?\d+\s*/, '').replace(/,.*$/, '') || 'Kestrel Road';
    const house = number ? Number(number) : n + 2;
    pairs.push({
      a: place(`${house} ${street}`, postcode),
      b: place(`${house + 27} ${street}`, postcode),
      same: false,
      error: 'houses on one street and postcode',
      places: [],
      links: [],
    });
    pairs.push({
      a: place(`Flat 1, ${house} ${street}`, postcode),
      b: place(`Flat 2, ${house} ${street}`, postcode),
      same: false,
      error: 'flats in one building',
      places: [],
      links: [],
    });
  });
  return pairs;
}

export function labelledPairs(): LabelledPair[] {
  serial = 0;
  const demo = buildDemoWorkspace();
  const people = demo.entities.filter((e): e is Nominal => e.kind === 'nominal');
  const places = demo.entities.filter((e): e is Location => e.kind === 'location');
  return [...peoplePairs(people), ...placePairs(places)];
}
