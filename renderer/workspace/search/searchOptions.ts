import { search } from '../../../shared/graph';
import type { MatchedField, SearchIndex } from '../../../shared/graph';
import { ENTITY_KINDS } from '../../../shared/model';

/** One result as the list shows it. */
export interface SearchOption {
  id: string;
  label: string;
  /** "Nominal (person)" */
  kindLabel: string;
  /** What the query matched, in words: "alias", "phone number". */
  matched: string;
}

const FIELD_WORDS: Record<MatchedField, string> = {
  phone: 'phone number',
  registration: 'registration',
  postcode: 'postcode',
  name: 'name',
  alias: 'alias',
  label: 'label',
  address: 'address',
};

/** Few enough to read down with the arrow keys; the analyst types more to narrow. */
export const RESULT_LIMIT = 12;

export function searchOptions(
  index: SearchIndex,
  query: string,
  limit = RESULT_LIMIT,
): SearchOption[] {
  return search(index, query, limit).map((hit) => ({
    id: hit.id,
    label: hit.label,
    kindLabel: ENTITY_KINDS[hit.kind]?.label ?? hit.kind,
    matched: FIELD_WORDS[hit.matchedField],
  }));
}

/** The status line read out after each keystroke. */
export function resultsInWords(query: string, count: number): string {
  if (!query.trim()) return '';
  if (count === 0)
    return `Nothing matches "${query.trim()}". Check the spelling or try a phone number, alias or postcode.`;
  return `${count} ${count === 1 ? 'result' : 'results'}${count === RESULT_LIMIT ? ' (the best shown; type more to narrow)' : ''}. Use the up and down arrows to choose.`;
}
