import { useState } from 'react';
import type { Classification, LinkKind } from '../../../shared/model';
import { CLASSIFICATIONS, LINK_KIND_IDS, LINK_KINDS } from '../../../shared/model';
import type { BulkChange } from './selectionCommands';

/** Sets the fields a multi-selection has in common; fields left on "unchanged" stay as they are. */
export function BulkEditPanel(props: {
  entityCount: number;
  linkCount: number;
  onApply: (change: BulkChange) => Promise<void>;
  onDelete: () => void;
}) {
  const [classification, setClassification] = useState('');
  const [reviewDate, setReviewDate] = useState<string | null>(null);
  const [strength, setStrength] = useState('');
  const [kind, setKind] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const apply = () => {
    const change: BulkChange = {
      ...(classification ? { classification: classification as Classification } : {}),
      ...(reviewDate !== null && props.entityCount > 0 ? { reviewDate } : {}),
      ...(strength ? { strength: Number(strength) } : {}),
      ...(kind ? { kind: kind as LinkKind } : {}),
    };
    props
      .onApply(change)
      .then(() => setMessage({ error: false, text: 'Changes saved.' }))
      .catch((e: unknown) =>
        setMessage({ error: true, text: e instanceof Error ? e.message : String(e) }),
      );
  };

  return (
    <section className="bulk-edit" aria-labelledby="bulk-title">
      <h2 id="bulk-title">
        {props.entityCount} entities and {props.linkCount} links selected
      </h2>
      <label>
        Classification
        <select value={classification} onChange={(e) => setClassification(e.target.value)}>
          <option value="">unchanged</option>
          {CLASSIFICATIONS.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </label>
      {props.entityCount > 0 ? (
        <label>
          Review date (entities)
          <input
            type="date"
            value={reviewDate ?? ''}
            onChange={(e) => setReviewDate(e.target.value)}
          />
        </label>
      ) : null}
      {props.linkCount > 0 ? (
        <>
          <label>
            Strength (links)
            <select value={strength} onChange={(e) => setStrength(e.target.value)}>
              <option value="">unchanged</option>
              {[1, 2, 3, 4, 5].map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
          <label>
            Kind (links)
            <select value={kind} onChange={(e) => setKind(e.target.value)}>
              <option value="">unchanged</option>
              {LINK_KIND_IDS.map((k) => (
                <option key={k} value={k}>
                  {LINK_KINDS[k].label}
                </option>
              ))}
            </select>
          </label>
        </>
      ) : null}
      <div className="dialog-buttons">
        <button type="button" className="danger" onClick={props.onDelete}>
          Delete selection
        </button>
        <button type="button" className="primary" onClick={apply}>
          Apply to selection
        </button>
      </div>
      {message ? (
        <p
          className={message.error ? 'form-error' : 'muted'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
