import { useId, useState } from 'react';
import { chartUsesWebgl, graphicsInfo, setChartWebgl } from '../platform/graphics';

/** The WebGL chart renderer: offered where a hardware GPU answers, explained where it does not. */
export function ChartDrawingSetting() {
  const id = useId();
  const info = graphicsInfo();
  const [on, setOn] = useState(chartUsesWebgl());
  return (
    <div className="stack-form" role="group" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Chart drawing on this computer</h2>
      <div className="check-row">
        <input
          id={`${id}-webgl`}
          type="checkbox"
          checked={on}
          disabled={!info.hardware}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            setChartWebgl(e.target.checked);
            setOn(e.target.checked);
          }}
        />
        <label htmlFor={`${id}-webgl`}>
          Draw the chart with the graphics card (WebGL, experimental)
        </label>
      </div>
      <p id={`${id}-hint`} className="hint">
        {info.hardware
          ? `Graphics: ${info.renderer}. Faster on large maps; takes effect the next time a map opens.`
          : `Not available: this computer draws without a graphics card (${info.renderer}), where WebGL is slower than the standard renderer.`}
      </p>
    </div>
  );
}
