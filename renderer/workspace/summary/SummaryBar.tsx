import type { Summary } from './useSummary';
import './summary.css';

/**
 * Says what a large map is showing (a summary, or every entity) and switches between them. A
 * live region, so the moment the summary is ready is announced.
 */
export function SummaryBar({ bar, entityCount }: { bar: Summary['bar']; entityCount: number }) {
  if (!bar.large) return null;
  const count = entityCount.toLocaleString('en-GB');
  let words: string;
  if (bar.status === 'finding')
    words = `Summarising ${count} entities into groups and communities…`;
  else if (bar.status === 'failed')
    words = `The summary could not be made (${bar.failure ?? 'no reason given'}). Show every entity instead.`;
  else if (bar.status === 'off')
    words = `Every one of the ${count} entities is drawn. A summary draws groups and communities as single nodes.`;
  else words = bar.words;
  return (
    <div className="summary-bar" data-summary={bar.status}>
      <p role="status">{words}</p>
      {bar.on ? (
        <>
          <button type="button" onClick={bar.onCollapseAll} disabled={bar.status !== 'ready'}>
            Collapse all
          </button>
          <button type="button" onClick={bar.onShowAll}>
            Show every entity
          </button>
        </>
      ) : (
        <button type="button" onClick={bar.onSummarise}>
          Summarise
        </button>
      )}
    </div>
  );
}
