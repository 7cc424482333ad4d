import { useId } from 'react';
import {
  HANDLING_CODES,
  INTELLIGENCE_ASSESSMENTS,
  SOURCE_EVALUATIONS,
  type Classification,
  type IntelItem,
} from '../../shared/model';
import type { BatchDetails } from './batch';

/**
 * What applies to every record of an import: its marking (the workspace's), the review date, the
 * intelligence item it rests on and its grade. Asked once per batch, never per row.
 */
export function BatchDetailsForm({
  value,
  onChange,
  intel,
  classification,
}: {
  value: BatchDetails;
  onChange: (b: BatchDetails) => void;
  intel: readonly Pick<IntelItem, 'id' | 'reference' | 'date'>[];
  classification: Classification;
}) {
  const id = useId();
  const set = (patch: Partial<BatchDetails>) => onChange({ ...value, ...patch });
  const select = (
    key: 'source' | 'intelligence' | 'handling',
    label: string,
    options: Record<string, string>,
  ) => (
    <>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        value={value[key]}
        onChange={(e) => set({ [key]: e.target.value } as Partial<BatchDetails>)}
      >
        <option value="">(not graded)</option>
        {Object.entries(options).map(([code, words]) => (
          <option key={code} value={code}>
            {code}: {words}
          </option>
        ))}
      </select>
    </>
  );
  return (
    <fieldset className="import-template">
      <legend>About this import</legend>
      <p className="import-hint">
        Imported records are marked <strong>{classification}</strong>, this workspace&rsquo;s
        classification (a higher marking in the file is kept).
      </p>
      <div className="import-grid">
        <label htmlFor={`${id}-review`}>Review date for the imported records</label>
        <input
          id={`${id}-review`}
          type="date"
          autoComplete="off"
          value={value.reviewDate}
          onChange={(e) => set({ reviewDate: e.target.value })}
        />
      </div>
      <fieldset className="import-template">
        <legend>What the import rests on</legend>
        {(
          [
            ['new', 'A new intelligence item for this file'],
            ['existing', 'An intelligence item already in this workspace'],
            ['none', 'No intelligence item'],
          ] as const
        ).map(([mode, words]) => (
          <label key={mode} className="import-radio">
            <input
              type="radio"
              name={`${id}-provenance`}
              checked={value.provenance === mode}
              disabled={mode === 'existing' && intel.length === 0}
              onChange={() => set({ provenance: mode })}
            />
            {words}
          </label>
        ))}
        {value.provenance === 'existing' && (
          <div className="import-grid">
            <label htmlFor={`${id}-intel`}>Intelligence item</label>
            <select
              id={`${id}-intel`}
              value={value.intelId}
              onChange={(e) => set({ intelId: e.target.value })}
            >
              <option value="">(choose)</option>
              {intel.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.reference} ({i.date})
                </option>
              ))}
            </select>
          </div>
        )}
        {value.provenance === 'new' && (
          <div className="import-grid">
            <label htmlFor={`${id}-ref`}>Reference</label>
            <input
              id={`${id}-ref`}
              autoComplete="off"
              maxLength={100}
              value={value.reference}
              onChange={(e) => set({ reference: e.target.value })}
            />
            <label htmlFor={`${id}-date`}>Date of the intelligence</label>
            <input
              id={`${id}-date`}
              type="date"
              autoComplete="off"
              value={value.date}
              onChange={(e) => set({ date: e.target.value })}
            />
            <label htmlFor={`${id}-summary`}>Summary</label>
            <textarea
              id={`${id}-summary`}
              autoComplete="off"
              rows={2}
              value={value.summary}
              onChange={(e) => set({ summary: e.target.value })}
            />
          </div>
        )}
      </fieldset>
      <fieldset className="import-template">
        <legend>3x5x2 grade of the batch (for links without one, and for a new item)</legend>
        <div className="import-grid">
          {select('source', 'Source evaluation', SOURCE_EVALUATIONS)}
          {select('intelligence', 'Intelligence assessment', INTELLIGENCE_ASSESSMENTS)}
          {select('handling', 'Handling code', HANDLING_CODES)}
          {value.handling === 'C' && (
            <>
              <label htmlFor={`${id}-conditions`}>Handling conditions</label>
              <input
                id={`${id}-conditions`}
                autoComplete="off"
                value={value.conditions}
                onChange={(e) => set({ conditions: e.target.value })}
              />
            </>
          )}
        </div>
      </fieldset>
    </fieldset>
  );
}
