import type { ReactNode } from 'react';
import type { IntelItem } from '../../../shared/model';
import { describeGrade, formatGrade } from '../../../shared/model';
import { provenanceItems } from './facts';

/**
 * The intelligence a fact rests on: reference, date, grade in code and in words, source
 * reference, review date and summary. `actions` adds buttons to each item found.
 */
export function Provenance(props: {
  ids: readonly string[];
  intel: ReadonlyMap<string, IntelItem>;
  actions?: (item: IntelItem) => ReactNode;
}) {
  const items = provenanceItems(props.ids, props.intel);
  if (items.length === 0) return <p className="muted">No intelligence items recorded.</p>;
  return (
    <ul className="intel-list">
      {items.map(({ id, item }) =>
        item ? (
          <li key={id}>
            <p className="intel-head">
              <strong>{item.reference}</strong> <span>{item.date}</span>{' '}
              <abbr className="grade" title={describeGrade(item.grade)}>
                {formatGrade(item.grade)}
              </abbr>
            </p>
            <p className="intel-grade">{describeGrade(item.grade)}</p>
            {item.sourceReference || item.reviewDate ? (
              <p className="intel-meta">
                {item.sourceReference ? `Source reference ${item.sourceReference}. ` : ''}
                {item.reviewDate ? `Review by ${item.reviewDate}.` : ''}
              </p>
            ) : null}
            {item.summary ? <p className="intel-summary">{item.summary}</p> : null}
            {props.actions ? <div className="intel-actions">{props.actions(item)}</div> : null}
          </li>
        ) : (
          <li key={id} className="muted">
            Intelligence item {id} is not in this workspace.
          </li>
        ),
      )}
    </ul>
  );
}
