import { useId } from 'react';
import { binLabel, describeBins, type Bin } from './histogramBins';

const WIDTH = 320;
const HEIGHT = 120;
const BASE = 100;

/** Distribution of the chosen measure, drawn as SVG, with the same facts in its description. */
export function Histogram(props: { bins: readonly Bin[]; measureLabel: string }) {
  const id = useId();
  const { bins } = props;
  const most = Math.max(1, ...bins.map((b) => b.count));
  const barWidth = bins.length ? WIDTH / bins.length : WIDTH;
  return (
    <svg
      className="analysis-histogram"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
    >
      <title id={`${id}-title`}>{`Distribution of ${props.measureLabel}`}</title>
      <desc id={`${id}-desc`}>{describeBins(bins, props.measureLabel)}</desc>
      {bins.map((bin, i) => {
        const h = (BASE - 4) * (bin.count / most);
        return (
          <rect
            key={i}
            x={i * barWidth + 1}
            y={BASE - h}
            width={Math.max(1, barWidth - 2)}
            height={h}
            className="bar"
          >
            <title>{`${binLabel(bin)}: ${bin.count}`}</title>
          </rect>
        );
      })}
      <line x1={0} x2={WIDTH} y1={BASE} y2={BASE} className="axis" />
      {bins.length > 0 ? (
        <>
          <text x={0} y={HEIGHT - 4} className="tick">
            {binLabel({ ...bins[0]!, to: bins[0]!.from })}
          </text>
          <text x={WIDTH} y={HEIGHT - 4} className="tick" textAnchor="end">
            {binLabel({ ...bins.at(-1)!, from: bins.at(-1)!.to })}
          </text>
        </>
      ) : null}
    </svg>
  );
}
