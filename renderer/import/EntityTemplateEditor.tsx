import { useId } from 'react';
import { ENTITY_KIND_IDS, ENTITY_KINDS, type EntityKind } from '../../shared/model';
import { MAPPABLE_FIELDS, type EntityTemplate } from '../../shared/formats/mapping';
import { ColumnSelect } from './ColumnSelect';

export interface EntityTemplateEditorProps {
  template: EntityTemplate;
  columns: readonly string[];
  onKind: (kind: EntityKind) => void;
  onChange: (patch: Partial<EntityTemplate>) => void;
  onField: (field: string, column: string) => void;
  onRemove: () => void;
}

/** One entity made from each row: its kind, label, identity and the column behind each field. */
export function EntityTemplateEditor(p: EntityTemplateEditorProps) {
  const kindId = useId();
  const t = p.template;
  return (
    <fieldset className="import-template">
      <legend>Entity “{t.key}”</legend>
      <div className="import-grid">
        <label htmlFor={kindId}>Kind</label>
        <select id={kindId} value={t.kind} onChange={(e) => p.onKind(e.target.value as EntityKind)}>
          {ENTITY_KIND_IDS.map((k) => (
            <option key={k} value={k}>
              {ENTITY_KINDS[k].label}
            </option>
          ))}
        </select>
        <ColumnSelect
          label={`${t.key}: label`}
          value={t.label}
          columns={p.columns}
          onChange={(c) => p.onChange({ label: c || undefined })}
        />
        <ColumnSelect
          label={`${t.key}: identity (rows with the same value are one ${t.kind})`}
          value={t.identity}
          columns={p.columns}
          onChange={(c) => p.onChange({ identity: c || undefined })}
        />
        {MAPPABLE_FIELDS[t.kind].map((f) => (
          <ColumnSelect
            key={f.name}
            label={`${t.key}: ${f.label}`}
            value={t.fields[f.name]}
            columns={p.columns}
            onChange={(c) => p.onField(f.name, c)}
          />
        ))}
      </div>
      <button type="button" onClick={p.onRemove}>
        Remove entity “{t.key}”
      </button>
    </fieldset>
  );
}
