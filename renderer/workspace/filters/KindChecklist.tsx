import { isTicked, toggleKind } from './kindsInUse';

/** One fieldset of checkboxes, one per kind in use, each with its count. */
export function KindChecklist<K extends string>(props: {
  legend: string;
  items: { kind: K; count: number }[];
  labelOf: (kind: K) => string;
  value: K[] | null;
  onChange: (next: K[] | null) => void;
}) {
  const inUse = props.items.map((i) => i.kind);
  return (
    <fieldset className="wf-fieldset">
      <legend>{props.legend}</legend>
      {props.items.length === 0 && <p className="wf-hint">None in this workspace.</p>}
      <ul className="wf-checklist">
        {props.items.map(({ kind, count }) => (
          <li key={kind}>
            <label>
              <input
                type="checkbox"
                checked={isTicked(props.value, kind)}
                onChange={() => props.onChange(toggleKind(props.value, kind, inUse))}
              />
              <span>{props.labelOf(kind)}</span>
              <span className="wf-count" aria-label={`${count} in workspace`}>
                {count}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
