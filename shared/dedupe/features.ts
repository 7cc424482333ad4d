import type { Entity, Link } from '../model';
import { normalisePhone, normalisePostcode, normaliseVrm } from '../graph/normalise';
import { nameKey, nameTokens } from './normaliseName';

/** What duplicate detection compares, computed once per entity. */
export interface EntityFeatures {
  id: string;
  kind: Entity['kind'];
  /** Order-free folded name keys: the label and, for people, forenames + surname. */
  names: Set<string>;
  aliases: Set<string>;
  /** Folded surname (people) for the "same surname and initial" block. */
  surname?: string;
  firstInitial?: string;
  dateOfBirth?: string;
  phones: Set<string>;
  vrm?: string;
  postcodes: Set<string>;
  address?: string;
  /** People: the folded first forename and the folded surname, compared separately. */
  given?: string;
  family?: string;
  /** Locations: house, flat and unit numbers (sorted), and the street words without them. */
  numbers?: string[];
  street?: string;
}

const PREMISES_WORDS = new Set(['flat', 'apartment', 'apt', 'unit', 'no', 'number', 'house']);

/** "Flat 3, 27 Osier Lane" -> numbers ["27", "3"], street "lane osier" (order-free). */
export function addressParts(address: string): { numbers: string[]; street: string } {
  const tokens = nameTokens(address);
  const numbers = tokens.filter((t) => /^\d+[a-z]?$/.test(t)).sort();
  const words = tokens.filter((t) => !/^\d/.test(t) && !PREMISES_WORDS.has(t));
  return { numbers, street: words.sort().join(' ') };
}

const present = (s: string | null | undefined): s is string => !!s;

/**
 * Builds the features of every entity. People also carry the phones they use and the postcodes
 * they live at (through `uses_phone` and `resides_at` links), so two records of one person who
 * share a handset are found even when the names were typed differently.
 */
export function entityFeatures(
  entities: readonly Entity[],
  links: readonly Link[] = [],
): EntityFeatures[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const linkedPhones = new Map<string, string[]>();
  const linkedPostcodes = new Map<string, string[]>();
  for (const l of links) {
    const other = byId.get(l.target);
    if (l.kind === 'uses_phone' && other?.kind === 'phone')
      linkedPhones.set(l.source, [...(linkedPhones.get(l.source) ?? []), other.attrs.number]);
    if (l.kind === 'resides_at' && other?.kind === 'location' && other.attrs.postcode)
      linkedPostcodes.set(l.source, [
        ...(linkedPostcodes.get(l.source) ?? []),
        other.attrs.postcode,
      ]);
  }
  return entities.map((e) => {
    const f: EntityFeatures = {
      id: e.id,
      kind: e.kind,
      names: new Set([nameKey(e.label)].filter(Boolean)),
      aliases: new Set(),
      phones: new Set((linkedPhones.get(e.id) ?? []).map((p) => normalisePhone(p)).filter(present)),
      postcodes: new Set((linkedPostcodes.get(e.id) ?? []).map(normalisePostcode).filter(present)),
    };
    switch (e.kind) {
      case 'nominal': {
        const full = nameKey(`${e.attrs.forenames} ${e.attrs.surname}`);
        if (full) f.names.add(full);
        e.attrs.aliases
          .map(nameKey)
          .filter(Boolean)
          .forEach((a) => f.aliases.add(a));
        const surname = nameTokens(e.attrs.surname).join(' ');
        const first = nameTokens(e.attrs.forenames)[0];
        if (surname) f.surname = f.family = surname;
        if (first) {
          f.firstInitial = first[0];
          f.given = first;
        }
        if (e.attrs.dateOfBirth) f.dateOfBirth = e.attrs.dateOfBirth;
        break;
      }
      case 'ocg':
      case 'usg':
        e.attrs.aliases
          .map(nameKey)
          .filter(Boolean)
          .forEach((a) => f.aliases.add(a));
        break;
      case 'phone': {
        const p = normalisePhone(e.attrs.number);
        if (p) f.phones.add(p);
        break;
      }
      case 'vehicle': {
        const v = normaliseVrm(e.attrs.registration);
        if (v) f.vrm = v;
        break;
      }
      case 'location': {
        const pc = e.attrs.postcode ? normalisePostcode(e.attrs.postcode) : null;
        if (pc) f.postcodes.add(pc);
        const line = e.attrs.address.replace(e.attrs.postcode ?? '', '');
        const address = nameKey(line);
        if (address) {
          f.address = address;
          Object.assign(f, addressParts(line));
        }
        break;
      }
      case 'organisation':
        break;
    }
    return f;
  });
}
