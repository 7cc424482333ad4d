import { useMemo } from 'react';
import { buildSearchIndex } from '../../../shared/graph';
import type { SearchIndex } from '../../../shared/graph';
import type { LoadedWorkspace } from '../../store/api';

/** Above this many entities the index is built on first use, not when the screen opens. */
export const LAZY_INDEX_ABOVE = 20_000;

/**
 * The search index, built once per loaded version. For very large workspaces it waits until
 * the analyst first focuses the search box (`wanted`), so opening the workspace stays quick.
 */
export function useSearchIndex(loaded: LoadedWorkspace, wanted: boolean): SearchIndex | null {
  const { entities, version } = loaded;
  const needed = wanted || entities.size <= LAZY_INDEX_ABOVE;
  // `version` is read so that the index follows the store's version number even if a future
  // store edits the entity map in place rather than handing out a new one.
  return useMemo(
    () => (needed && version >= 0 ? buildSearchIndex(entities.values()) : null),
    [entities, version, needed],
  );
}
