import { useId } from 'react';
import { LINK_KIND_IDS, LINK_KINDS, type LinkKind } from '../../shared/model';
import type { LinkTemplate } from '../../shared/formats/mapping';
import { ColumnSelect } from './ColumnSelect';
import { optionalColumn } from './mappingDraft';

export interface LinkTemplateEditorProps {
  index: number;
  link: LinkTemplate;
  keys: readonly string[];
  columns: readonly string[];
  onChange: (patch: Partial<LinkTemplate>) => void;
  onRemove: () => void;
}

/** One link made from each row between two of the row's entities. */
export function LinkTemplateEditor({
  index,
  link,
  keys,
  columns,
  onChange,
  onRemove,
}: LinkTemplateEditorProps) {
  const id = useId();
  const name = `Link ${index + 1}`;
  const endSelect = (which: 'from' | 'to') => (
    <>
      <label htmlFor={`${id}-${which}`}>{`${name}: ${which}`}</label>
      <select
        id={`${id}-${which}`}
        value={link[which]}
        onChange={(e) => onChange({ [which]: e.target.value })}
      >
        {keys.map((k) => (
          <option key={k} value={k}>
            {k}
          </option>
        ))}
      </select>
    </>
  );
  return (
    <fieldset className="import-template">
      <legend>{name}</legend>
      <div className="import-grid">
        {endSelect('from')}
        {endSelect('to')}
        <label htmlFor={`${id}-kind`}>{`${name}: kind`}</label>
        <select
          id={`${id}-kind`}
          value={link.kind}
          onChange={(e) => onChange({ kind: e.target.value as LinkKind })}
        >
          {LINK_KIND_IDS.map((k) => (
            <option key={k} value={k}>
              {LINK_KINDS[k].label}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-strength`}>{`${name}: strength (1-5) when no column`}</label>
        <input
          id={`${id}-strength`}
          type="number"
          min={1}
          max={5}
          value={link.strength}
          onChange={(e) =>
            onChange({ strength: Math.min(5, Math.max(1, Number(e.target.value) || 3)) })
          }
        />
        {(
          [
            ['firstSeen', 'first seen'],
            ['lastSeen', 'last seen'],
            ['strengthColumn', 'strength column'],
            ['grade', 'grade (e.g. 2B P)'],
            ['conditions', 'handling conditions'],
          ] as const
        ).map(([field, words]) => (
          <ColumnSelect
            key={field}
            label={`${name}: ${words}`}
            value={link[field]}
            columns={columns}
            onChange={(c) => onChange({ [field]: optionalColumn(c) })}
          />
        ))}
      </div>
      <button type="button" onClick={onRemove}>
        Remove {name.toLowerCase()}
      </button>
    </fieldset>
  );
}
