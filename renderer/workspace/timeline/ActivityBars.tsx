import type { Bucket, HistogramBar } from '../../../shared/graph';
import { barInWords, histogramSummary } from './histogramSummary';
import type { BarWindow } from './sliderScale';

const BAR_WIDTH = 10;
const HEIGHT = 48;

/** The histogram as SVG bars; bars inside the chosen period are drawn in the accent colour. */
export function ActivityBars(props: {
  bars: readonly HistogramBar[];
  bucket: Bucket;
  span: BarWindow;
}) {
  const { bars, bucket, span } = props;
  const peak = Math.max(1, ...bars.map((b) => b.count));
  return (
    <svg
      className="wt-bars"
      role="img"
      aria-label={histogramSummary(bars, bucket)}
      viewBox={`0 0 ${bars.length * BAR_WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
    >
      {bars.map((bar, i) => {
        const h = bar.count === 0 ? 0 : Math.max(1.5, (bar.count / peak) * HEIGHT);
        const inside = i >= span.first && i <= span.last;
        return (
          <rect
            key={bar.start}
            className={inside ? 'wt-bar wt-bar-in' : 'wt-bar'}
            x={i * BAR_WIDTH + 1}
            y={HEIGHT - h}
            width={BAR_WIDTH - 2}
            height={h}
          >
            <title>{`${barInWords(bar, bucket)}: ${bar.count} active`}</title>
          </rect>
        );
      })}
    </svg>
  );
}
