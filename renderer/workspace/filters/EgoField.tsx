import { useId } from 'react';
import type { ViewFilters } from './viewFilters';
import { withOptional } from './withOptional';

const MAX_HOPS = 6;

/**
 * "Only what lies within k links of the selection". The entities are fixed when the box is
 * ticked, so clicking around the chart afterwards does not keep changing what is shown.
 */
export function EgoField(props: {
  value: ViewFilters;
  selection: readonly string[];
  onChange: (next: ViewFilters) => void;
}) {
  const { value, selection, onChange } = props;
  const hintId = useId();
  const ego = value.ego;
  const hops = ego?.hops ?? 1;
  const on = Boolean(ego);
  const setEgo = (next: ViewFilters['ego']) => onChange(withOptional(value, 'ego', next));
  const selectionDiffers =
    on && (selection.length !== ego?.ids.length || selection.some((id) => !ego.ids.includes(id)));
  return (
    <fieldset className="wf-fieldset">
      <legend>Ego network</legend>
      <label className="wf-inline">
        <input
          type="checkbox"
          checked={on}
          disabled={!on && selection.length === 0}
          aria-describedby={hintId}
          onChange={(e) => setEgo(e.target.checked ? { ids: [...selection], hops } : undefined)}
        />
        <span>Only the network around the selection</span>
      </label>
      <label className="wf-field">
        <span>Steps (links) from the selection</span>
        <input
          type="number"
          min={1}
          max={MAX_HOPS}
          value={hops}
          disabled={!on}
          onChange={(e) => {
            const n = Math.min(MAX_HOPS, Math.max(1, Math.round(Number(e.target.value) || 1)));
            if (ego) setEgo({ ids: ego.ids, hops: n });
          }}
        />
      </label>
      <p id={hintId} className="wf-hint">
        {on
          ? `Around ${ego?.ids.length} ${ego?.ids.length === 1 ? 'entity' : 'entities'}.`
          : selection.length === 0
            ? 'Select one or more entities on the chart first.'
            : `${selection.length} selected.`}
      </p>
      {selectionDiffers && selection.length > 0 && (
        <button type="button" onClick={() => setEgo({ ids: [...selection], hops })}>
          Centre on the current selection ({selection.length})
        </button>
      )}
    </fieldset>
  );
}
