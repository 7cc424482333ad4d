import { useMemo } from 'react';
import type { LoadedWorkspace } from '../store';
import { bindable } from './orderChoices';

/** Whom an order or notice binds: the people, groups and places of the workspace, several at once. */
export function BoundEntitiesField(props: {
  id: string;
  loaded: LoadedWorkspace;
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const options = useMemo(() => bindable(props.loaded), [props.loaded]);
  return (
    <>
      <label htmlFor={props.id}>Binds (hold Ctrl or Shift to choose several)</label>
      <select
        id={props.id}
        multiple
        size={6}
        value={props.value}
        onChange={(e) => props.onChange([...e.target.selectedOptions].map((o) => o.value))}
      >
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.text}
          </option>
        ))}
      </select>
    </>
  );
}
