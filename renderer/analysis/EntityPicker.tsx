import { useMemo } from 'react';
import { ENTITY_KINDS } from '../../shared/model';
import type { LoadedWorkspace } from '../store/api';

/** A select of every entity by label (kind in brackets, since labels repeat). */
export function EntityPicker(props: {
  id: string;
  label: string;
  loaded: LoadedWorkspace;
  value: string;
  onChange(id: string): void;
}) {
  const options = useMemo(
    () =>
      [...props.loaded.entities.values()]
        .map((e) => ({ id: e.id, text: `${e.label} (${ENTITY_KINDS[e.kind].label})` }))
        .sort((a, b) => a.text.localeCompare(b.text)),
    [props.loaded.entities],
  );
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">Choose an entity</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.text}
          </option>
        ))}
      </select>
    </>
  );
}
