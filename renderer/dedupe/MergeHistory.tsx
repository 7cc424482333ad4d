import type { LoadedWorkspace } from '../store';
import type { PastMerge } from './mergeStore';

/** Merges made in this workspace, newest first, each with Un-merge. */
export function MergeHistory({
  merges,
  loaded,
  busy,
  onUnmerge,
}: {
  merges: readonly PastMerge[];
  loaded: LoadedWorkspace;
  busy: boolean;
  onUnmerge: (id: string) => void;
}) {
  const name = (id: string) =>
    loaded.entities.get(id)?.label ?? 'a record no longer in the workspace';
  return (
    <section aria-labelledby="dedupe-history-title" className="dedupe-history">
      <h3 id="dedupe-history-title">Past merges</h3>
      {merges.length === 0 ? (
        <p>No merges in this workspace.</p>
      ) : (
        <ul>
          {[...merges]
            .sort((x, y) => (x.at < y.at ? 1 : -1))
            .map((m) => (
              <li key={m.id}>
                {m.mergedIds.length} record{m.mergedIds.length === 1 ? '' : 's'} merged into “
                {name(m.keepId)}”{m.at && ` on ${m.at.slice(0, 10)}`}{' '}
                <button type="button" disabled={busy} onClick={() => onUnmerge(m.id)}>
                  Un-merge
                </button>
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}
