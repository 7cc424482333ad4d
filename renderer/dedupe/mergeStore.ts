import type { LoadedWorkspace } from '../store';

/** A past merge as the duplicates screen lists it. */
export interface PastMerge {
  id: string;
  keepId: string;
  mergedIds: string[];
  at: string;
}

export function pastMerges(loaded: LoadedWorkspace): PastMerge[] {
  return [...loaded.merges.values()].map((m) => ({
    id: m.id,
    keepId: m.keepId,
    mergedIds: m.mergedIds,
    at: m.createdAt,
  }));
}
