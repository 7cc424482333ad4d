import { ENTITY_KIND_IDS, ENTITY_KINDS } from '../../shared/model';
import type { TypeChoice, TypeMap, TypeUse } from '../../shared/formats';

const HOW: Record<TypeUse['by'], string> = {
  mapping: 'your choice',
  name: 'known type name',
  icon: 'suggested from the icon: check it',
  fallback: 'no better guess: check it',
};

/**
 * The i2 chart's entity types and the kind each becomes: suggested from the type's name or icon
 * family, changed here by the analyst ("Leave out" drops items of that type and their links),
 * saved as a .json file for the next chart and for `linchpin convert --map`.
 */
export function TypeMappingStep({
  types,
  map,
  onChange,
  onSave,
  onLoad,
}: {
  types: readonly TypeUse[];
  map: TypeMap;
  onChange: (map: TypeMap) => void;
  onSave: () => void;
  onLoad: () => void;
}) {
  if (!types.length) return null;
  const choiceOf = (t: TypeUse): TypeChoice => map[t.type] ?? t.kind;
  return (
    <fieldset className="import-template">
      <legend>Kinds for the chart&rsquo;s entity types</legend>
      <div
        className="import-scroll"
        tabIndex={0}
        role="region"
        aria-label="Entity types of the chart"
      >
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col">i2 type</th>
              <th scope="col">Icon</th>
              <th scope="col">Items</th>
              <th scope="col">Becomes</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {types.map((t) => (
              <tr key={t.type}>
                <th scope="row">{t.type}</th>
                <td>{t.icon ?? ''}</td>
                <td>{t.count}</td>
                <td>
                  <select
                    aria-label={`Kind for ${t.type}`}
                    value={choiceOf(t)}
                    onChange={(e) => onChange({ ...map, [t.type]: e.target.value as TypeChoice })}
                  >
                    {ENTITY_KIND_IDS.map((k) => (
                      <option key={k} value={k}>
                        {ENTITY_KINDS[k].label}
                      </option>
                    ))}
                    <option value="skip">Leave out</option>
                  </select>
                </td>
                <td>{map[t.type] !== undefined ? HOW.mapping : HOW[t.by]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="import-row">
        <button type="button" onClick={onSave}>
          Save type mapping…
        </button>
        <button type="button" onClick={onLoad}>
          Load type mapping…
        </button>
      </div>
    </fieldset>
  );
}
