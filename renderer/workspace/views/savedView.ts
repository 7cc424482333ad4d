/**
 * The saved view record from the shared model. Its `filters` are plain JSON; read them with
 * readStoredFilters (filters/storedFilters.ts) and write them with toStoredFilters.
 */
export type { SavedView } from '../../../shared/model';
