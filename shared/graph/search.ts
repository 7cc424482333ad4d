import MiniSearch from 'minisearch';
import type { Query } from 'minisearch';
import type { Entity, EntityKind } from '../model';
import { normalisePhone, normalisePostcode, normaliseVrm } from './normalise';
import { searchDocumentOf } from './searchDocument';
import type { SearchDocument } from './searchDocument';

export type SearchIndex = MiniSearch<SearchDocument>;

export type MatchedField =
  'phone' | 'registration' | 'postcode' | 'name' | 'alias' | 'label' | 'address';

export interface SearchHit {
  id: string;
  label: string;
  kind: EntityKind;
  matchedField: MatchedField;
}

const TEXT_FIELDS = ['names', 'aliases', 'label', 'address'];
const ID_FIELDS = ['phone', 'vrm', 'postcode'];

/** Field names in the index, in the order a hit's matched field is reported. */
const FIELD_NAMES: [string, MatchedField][] = [
  ['phone', 'phone'],
  ['vrm', 'registration'],
  ['postcode', 'postcode'],
  ['names', 'name'],
  ['aliases', 'alias'],
  ['label', 'label'],
  ['address', 'address'],
];

export function buildSearchIndex(entities: Iterable<Entity>): SearchIndex {
  const index: SearchIndex = new MiniSearch<SearchDocument>({
    fields: [...TEXT_FIELDS, ...ID_FIELDS],
    storeFields: ['label', 'kind'],
  });
  index.addAll([...entities].map(searchDocumentOf));
  return index;
}

/** Keeps the index in step after an edit, without rebuilding it. */
export function updateSearchIndex(index: SearchIndex, entity: Entity): void {
  const doc = searchDocumentOf(entity);
  if (index.has(doc.id)) index.replace(doc);
  else index.add(doc);
}

export function removeFromSearchIndex(index: SearchIndex, id: string): void {
  if (index.has(id)) index.discard(id);
}

/**
 * Names, aliases and addresses are matched loosely (typos, prefixes); phone numbers,
 * registrations and postcodes exactly or by prefix, after normalising what was typed, so that a
 * near-miss number never outranks the number itself.
 */
function buildQuery(text: string): Query {
  const phone = normalisePhone(text);
  const postcode = normalisePostcode(text);
  const vrm = normaliseVrm(text);
  const exact = [phone?.replace(/\D/g, ''), postcode?.replace(/\s+/g, ''), vrm];
  const identifiers = exact.filter((term): term is string => Boolean(term));
  const queries: Query[] = [
    // AND: "Tony line" should not bring back every other line.
    {
      queries: [text],
      fields: TEXT_FIELDS,
      fuzzy: 0.2,
      prefix: true,
      combineWith: 'AND',
      boost: { names: 2 },
    },
  ];
  if (identifiers.length > 0)
    queries.push({ queries: identifiers, fields: ID_FIELDS, prefix: true });
  // Partial identifiers ("ZZ1", "ZK19", "900123") by prefix, unless the whole phone or postcode
  // was recognised: then its parts would only pull in every number or postcode that shares them.
  if (!phone && !postcode) queries.push({ queries: [text], fields: ID_FIELDS, prefix: true });
  return { combineWith: 'OR', queries };
}

export function search(index: SearchIndex, query: string, limit = 50): SearchHit[] {
  const text = query.trim();
  if (!text) return [];
  return index
    .search(buildQuery(text))
    .slice(0, limit)
    .map((result) => {
      const fields = new Set(Object.values(result.match).flat());
      const matched = FIELD_NAMES.find(([field]) => fields.has(field))?.[1] ?? 'label';
      return {
        id: String(result.id),
        label: String(result['label']),
        kind: result['kind'] as EntityKind,
        matchedField: matched,
      };
    });
}
