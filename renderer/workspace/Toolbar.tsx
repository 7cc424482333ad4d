import type { ReactNode } from 'react';
import { useState } from 'react';
import type { LayoutProgress } from './canvas/ChartCanvas';
import type { LayoutName } from './canvas/layouts';
import { LAYOUT_CHOICES } from './canvas/layouts';

/** One row of chart tools: view, layout, fit, search, saved views and export. */
export function Toolbar(props: {
  view: 'chart' | 'table';
  onView: (view: 'chart' | 'table') => void;
  layout: LayoutName;
  onLayout: (layout: LayoutName) => void;
  /** What concentric rings are ordered by, in words. */
  concentricBy: string;
  progress: LayoutProgress | null;
  onFit: () => void;
  onExport?: ((format: 'png' | 'svg') => void) | undefined;
  /** The search box, mounted here so Ctrl/Cmd+K lands in the toolbar. */
  search?: ReactNode;
  /** Tools that act on the selection (pin, align, distribute). */
  arrange?: ReactNode;
}) {
  const chart = props.view === 'chart';
  const [exportOpen, setExportOpen] = useState(false);
  const exportAs = (format: 'png' | 'svg') => {
    setExportOpen(false);
    props.onExport?.(format);
  };
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
      {props.arrange}
      {props.search}
      {props.onExport ? (
        <span className="tool-menu">
          <button
            type="button"
            disabled={!chart}
            aria-expanded={exportOpen}
            aria-controls="ws-export-menu"
            onClick={() => setExportOpen((o) => !o)}
          >
            Export
          </button>
          <span id="ws-export-menu" className="tool-menu-list" hidden={!exportOpen}>
            <button type="button" onClick={() => exportAs('png')}>
              Export PNG
            </button>
            <button type="button" onClick={() => exportAs('svg')}>
              Export SVG
            </button>
          </span>
        </span>
      ) : null}
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
    </div>
  );
}
