import { useId, useState } from 'react';
import type { DuplicatePair } from '../../shared/dedupe';
import type { Entity } from '../../shared/model';
import { entitySummary } from './entitySummary';

export interface PairReviewProps {
  pair: DuplicatePair;
  a: Entity;
  b: Entity;
  links: ReadonlyMap<string, number>;
  busy: boolean;
  onMerge: (keepId: string, mergeId: string) => void;
  onDismiss: () => void;
}

/** One candidate pair side by side, the reasons it was proposed, and the analyst's decision. */
export function PairReview({ pair, a, b, links, busy, onMerge, onDismiss }: PairReviewProps) {
  const name = useId();
  // Keep the better connected record by default: fewer links move.
  const [keep, setKeep] = useState((links.get(a.id) ?? 0) >= (links.get(b.id) ?? 0) ? a.id : b.id);
  const other = keep === a.id ? b : a;
  const kept = keep === a.id ? a : b;
  return (
    <section className="dedupe-pair" aria-label={`Possible duplicate: ${a.label} and ${b.label}`}>
      <p>
        <strong>Score {Math.round(pair.score * 100)}%</strong> because:
      </p>
      <ul aria-label="Reasons">
        {pair.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <div className="dedupe-sides">
        {[a, b].map((e, i) => (
          <div key={e.id} className="dedupe-side">
            <h3>{i === 0 ? 'Record A' : 'Record B'}</h3>
            <dl>
              {entitySummary(e, links.get(e.id) ?? 0).map(([k, v]) => (
                <div key={k}>
                  <dt>{k}</dt>
                  <dd>{v}</dd>
                </div>
              ))}
            </dl>
            <label>
              <input
                type="radio"
                name={name}
                checked={keep === e.id}
                onChange={() => setKeep(e.id)}
              />
              Keep {i === 0 ? 'record A' : 'record B'} ({e.label})
            </label>
          </div>
        ))}
      </div>
      <div className="dedupe-actions">
        <button type="button" disabled={busy} onClick={() => onMerge(kept.id, other.id)}>
          Merge into “{kept.label}”
        </button>
        <button type="button" disabled={busy} onClick={onDismiss}>
          Not a duplicate
        </button>
      </div>
      <p className="dedupe-hint">
        Merging moves every link and piece of provenance of “{other.label}” to “{kept.label}”; it
        can be un-merged below.
      </p>
    </section>
  );
}
