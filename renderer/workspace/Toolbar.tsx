import type { LayoutName } from './canvas/layouts';
import { LAYOUT_CHOICES } from './canvas/layouts';

export function Toolbar(props: {
  view: 'chart' | 'table';
  onView: (view: 'chart' | 'table') => void;
  layout: LayoutName;
  onLayout: (layout: LayoutName) => void;
  onFit: () => void;
  legendShown: boolean;
  onToggleLegend: () => void;
  entityCount: number;
  linkCount: number;
}) {
  const chart = props.view === 'chart';
  return (
    <div className="ws-toolbar" role="group" aria-label="Chart tools">
      <div className="segmented" role="group" aria-label="View">
        <button type="button" aria-pressed={chart} onClick={() => props.onView('chart')}>
          Chart
        </button>
        <button type="button" aria-pressed={!chart} onClick={() => props.onView('table')}>
          Table
        </button>
      </div>
      <label className="tool">
        <span>Layout</span>
        <select
          value={props.layout}
          disabled={!chart}
          onChange={(e) => props.onLayout(e.target.value as LayoutName)}
        >
          {LAYOUT_CHOICES.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => props.onLayout(props.layout)} disabled={!chart}>
        Re-run layout
      </button>
      <button type="button" onClick={props.onFit} disabled={!chart}>
        Fit
      </button>
      <button
        type="button"
        aria-pressed={props.legendShown}
        aria-controls={props.legendShown && chart ? 'ws-legend' : undefined}
        onClick={props.onToggleLegend}
      >
        Legend
      </button>
      <span className="tool-status" aria-live="polite">
        {props.entityCount} on chart · {props.linkCount} lines
      </span>
    </div>
  );
}
