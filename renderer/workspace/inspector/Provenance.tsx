import type { IntelItem } from '../../../shared/model';
import { describeGrade, formatGrade } from '../../../shared/model';
import { provenanceItems } from './facts';

/** The intelligence a fact rests on, each with its grade in plain words. */
export function Provenance(props: {
  ids: readonly string[];
  intel: ReadonlyMap<string, IntelItem>;
}) {
  const items = provenanceItems(props.ids, props.intel);
  return (
    <section className="provenance" aria-label="Provenance">
      <h3>Provenance</h3>
      {items.length === 0 ? <p className="muted">No intelligence items recorded.</p> : null}
      <ul>
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
              {item.summary ? <p className="intel-summary">{item.summary}</p> : null}
            </li>
          ) : (
            <li key={id} className="muted">
              Intelligence item {id} is not in this workspace.
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
