import type { ReactNode } from 'react';
import type { LayoutProgress } from './canvas/ChartCanvas';
import type { LayoutName } from './canvas/layouts';
import { LAYOUT_CHOICES, layoutKeepsGroups } from './canvas/layouts';

export function Toolbar(props: {
  view: 'chart' | 'table';
  onView: (view: 'chart' | 'table') => void;
  layout: LayoutName;
  onLayout: (layout: LayoutName) => void;
  /** What concentric rings are ordered by, in words. */
  concentricBy: string;
  groupsInUse: boolean;
  progress: LayoutProgress | null;
  onFit: () => void;
  onExport?: ((format: 'png' | 'svg') => void) | undefined;
  entityCount: number;
  linkCount: number;
  /** The search box, mounted here so Ctrl/Cmd+K lands in the toolbar. */
  search?: ReactNode;
}) {
  const chart = props.view === 'chart';
  const flattened = chart && props.groupsInUse && !layoutKeepsGroups(props.layout);
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
              {c.id === 'concentric' ? `Concentric by ${props.concentricBy}` : c.label}
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
      {props.onExport ? (
        <>
          <button type="button" disabled={!chart} onClick={() => props.onExport?.('png')}>
            Export PNG
          </button>
          <button type="button" disabled={!chart} onClick={() => props.onExport?.('svg')}>
            Export SVG
          </button>
        </>
      ) : null}
      {props.search}
      {props.progress ? (
        <span className="tool-progress">
          <progress
            max={props.progress.of}
            value={props.progress.done}
            aria-label="Force-directed layout in progress"
          />
          <button type="button" onClick={props.progress.stop}>
            Stop layout
          </button>
        </span>
      ) : null}
      <span className="tool-status" aria-live="polite">
        {props.entityCount} on chart · {props.linkCount} lines
        {flattened ? ' · groups drawn as nodes in this layout' : ''}
      </span>
    </div>
  );
}
