import type { ViewFilters } from './viewFilters';

type OptionalKey = 'minSource' | 'minIntelligence' | 'dateFrom' | 'dateTo' | 'ego';

/**
 * The filters with one optional choice set, or removed when cleared. Removed rather than left
 * `undefined`, so that a saved view compares and serialises the same as one never set.
 */
export function withOptional<K extends OptionalKey>(
  f: ViewFilters,
  key: K,
  value: ViewFilters[K] | '' | undefined,
): ViewFilters {
  const next: ViewFilters = { ...f };
  if (value === undefined || value === '') delete next[key];
  else next[key] = value as ViewFilters[K];
  return next;
}
