import { useId } from 'react';
import {
  DATE_FORMATS,
  describeFormat,
  type DateFormat,
  type Mapping,
} from '../../shared/formats/mapping';
import { EntityTemplateEditor } from './EntityTemplateEditor';
import { LinkTemplateEditor } from './LinkTemplateEditor';
import * as draft from './mappingDraft';

/** The mapping editor: date convention, entity templates and link templates. */
export function MappingEditor({
  mapping,
  columns,
  onChange,
}: {
  mapping: Mapping;
  columns: readonly string[];
  onChange: (m: Mapping) => void;
}) {
  const dateId = useId();
  const keys = mapping.entities.map((e) => e.key);
  return (
    <div className="import-mapping">
      <div className="import-row">
        <label htmlFor={dateId}>Dates are written</label>
        <select
          id={dateId}
          value={mapping.dateFormat}
          onChange={(e) => onChange({ ...mapping, dateFormat: e.target.value as DateFormat })}
        >
          {DATE_FORMATS.map((f) => (
            <option key={f} value={f}>
              {describeFormat(f)}
            </option>
          ))}
        </select>
      </div>
      {mapping.entities.map((t) => (
        <EntityTemplateEditor
          key={t.key}
          template={t}
          columns={columns}
          onKind={(k) => onChange(draft.setKind(mapping, t.key, k))}
          onChange={(patch) => onChange(draft.updateEntity(mapping, t.key, patch))}
          onField={(f, c) => onChange(draft.setField(mapping, t.key, f, c))}
          onRemove={() => onChange(draft.removeEntity(mapping, t.key))}
        />
      ))}
      {mapping.links.map((l, i) => (
        <LinkTemplateEditor
          key={i}
          index={i}
          link={l}
          keys={keys}
          columns={columns}
          onChange={(patch) => onChange(draft.updateLink(mapping, i, patch))}
          onRemove={() => onChange(draft.removeLink(mapping, i))}
        />
      ))}
      <div className="import-row">
        <button type="button" onClick={() => onChange(draft.addEntity(mapping))}>
          Add entity
        </button>
        <button
          type="button"
          disabled={keys.length < 2}
          onClick={() => onChange(draft.addLink(mapping))}
        >
          Add link
        </button>
      </div>
    </div>
  );
}
