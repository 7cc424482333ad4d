import { changedFields, defaultChoice, type ChangeRow, type Choice } from './bundleMerge';

const WORD = { entities: 'entity', links: 'link', intel: 'intelligence item' } as const;

/** Keep mine or take theirs, per record or for all at once. */
export function ChangeChoices({
  rows,
  choices,
  onChange,
}: {
  rows: readonly ChangeRow[];
  choices: ReadonlyMap<string, Choice>;
  onChange: (c: Map<string, Choice>) => void;
}) {
  if (!rows.length) return null;
  const all = (c: Choice) => onChange(new Map(rows.map((r) => [r.key, c])));
  const one = (key: string, c: Choice) => onChange(new Map(choices).set(key, c));
  return (
    <fieldset className="import-template">
      <legend>Changed and conflicting records</legend>
      <div className="import-row">
        <button type="button" onClick={() => all('mine')}>
          Keep mine for all
        </button>
        <button type="button" onClick={() => all('theirs')}>
          Take theirs for all
        </button>
      </div>
      <ul className="import-choices">
        {rows.map((r) => {
          const choice = choices.get(r.key) ?? defaultChoice(r);
          return (
            <li key={r.key}>
              <span>
                {r.label} ({WORD[r.table]},{' '}
                {r.conflict ? 'edited on both sides' : 'newer in the bundle'}; differs in{' '}
                {changedFields(r.change.existing, r.change.incoming).join(', ')})
              </span>
              {(['mine', 'theirs'] as const).map((c) => (
                <label key={c}>
                  <input
                    type="radio"
                    name={r.key}
                    checked={choice === c}
                    onChange={() => one(r.key, c)}
                  />
                  {c === 'mine' ? 'Keep mine' : 'Take theirs'}
                </label>
              ))}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
