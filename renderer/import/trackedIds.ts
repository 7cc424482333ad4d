import { newId } from '../../shared/model';

/** An id minter that remembers what it made, so the import can tell a file's ids from made-up ones. */
export function trackedIds(): { newId: (prefix: string) => string; minted: Set<string> } {
  const minted = new Set<string>();
  return {
    minted,
    newId: (prefix) => {
      const id = newId(prefix);
      minted.add(id);
      return id;
    },
  };
}
