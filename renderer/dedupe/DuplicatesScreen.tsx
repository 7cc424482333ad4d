import { useMemo, useState } from 'react';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { linkCounts } from './entitySummary';
import { MergeHistory } from './MergeHistory';
import { markNotDuplicate, mergeEntities, unmergeEntities } from '../store/commands';
import { pastMerges } from './mergeStore';
import { PairReview } from './PairReview';
import { useDuplicatePairs } from './useDuplicatePairs';
import './dedupe.css';

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Review queue of likely duplicates: merge (choosing which record to keep), dismiss, un-merge. */
export function DuplicatesScreen({ loaded, run, userName }: WorkspaceModuleProps) {
  const pairs = useDuplicatePairs(loaded);
  // "Not a duplicate" is a sealed, audited decision: the pair stays dismissed for good.
  const dismissed = useMemo(
    () => new Set([...loaded.notDuplicates.values()].map((d) => pairKey(d.a, d.b))),
    [loaded.notDuplicates],
  );
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const links = useMemo(() => linkCounts(loaded.links.values()), [loaded]);
  const queue = (pairs ?? []).filter(
    (p) =>
      !dismissed.has(pairKey(p.a, p.b)) && loaded.entities.has(p.a) && loaded.entities.has(p.b),
  );
  // The analyst may take the pairs in any order; the most likely is offered first.
  const [chosen, setChosen] = useState<string>();
  const current = queue.find((p) => pairKey(p.a, p.b) === chosen) ?? queue[0];
  const label = (id: string) => loaded.entities.get(id)?.label ?? id;

  const act = async (make: () => Parameters<typeof run>[0], done: string) => {
    setBusy(true);
    try {
      await run(make());
      setStatus({ ok: true, text: done });
    } catch (e) {
      setStatus({ ok: false, text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  const a = current && loaded.entities.get(current.a);
  const b = current && loaded.entities.get(current.b);
  return (
    <div className="dedupe-screen">
      <h2>Possible duplicates</h2>
      {pairs === null ? (
        <p role="status">Looking for duplicates…</p>
      ) : (
        <p role="status">
          {queue.length === 0
            ? 'No possible duplicates left to review.'
            : `${queue.length} possible duplicate pair${queue.length === 1 ? '' : 's'} to review, most likely first.`}
        </p>
      )}
      {queue.length > 1 ? (
        <nav aria-label="Pairs to review" className="dedupe-queue">
          <ol>
            {queue.map((p) => {
              const key = pairKey(p.a, p.b);
              const here = current !== undefined && key === pairKey(current.a, current.b);
              return (
                <li key={key}>
                  <button
                    type="button"
                    aria-current={here ? 'true' : undefined}
                    onClick={() => setChosen(key)}
                  >
                    {label(p.a)} and {label(p.b)} ({Math.round(p.score * 100)}%)
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
      ) : null}
      {current && a && b && (
        <PairReview
          key={pairKey(current.a, current.b)}
          pair={current}
          a={a}
          b={b}
          links={links}
          busy={busy}
          onMerge={(keepId, mergeId) =>
            void act(
              () =>
                mergeEntities(loaded.workspace.id, keepId, [mergeId], {
                  mergedBy: userName,
                  score: current.score,
                }),
              `Merged “${loaded.entities.get(mergeId)?.label ?? ''}” into “${loaded.entities.get(keepId)?.label ?? ''}”.`,
            )
          }
          onDismiss={() =>
            void act(
              () => markNotDuplicate(loaded.workspace.id, current, userName),
              `Recorded: “${a.label}” and “${b.label}” are not duplicates; the pair will not be proposed again.`,
            )
          }
        />
      )}
      {status && (
        <p
          role={status.ok ? 'status' : 'alert'}
          className={status.ok ? 'dedupe-ok' : 'dedupe-error'}
        >
          {status.text}
        </p>
      )}
      <MergeHistory
        merges={pastMerges(loaded)}
        loaded={loaded}
        busy={busy}
        onUnmerge={(id) =>
          void act(() => unmergeEntities(id), 'Un-merged: the records are separate again.')
        }
      />
    </div>
  );
}
