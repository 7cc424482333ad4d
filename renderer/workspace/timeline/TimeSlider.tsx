import { useCallback, useId, useMemo } from 'react';
import { dateExtent, linkActivityHistogram } from '../../../shared/graph';
import type { Bucket, Sighting } from '../../../shared/graph';
import { ActivityBars } from './ActivityBars';
import { dateInWords, periodInWords } from './dateWords';
import { barOf, bucketFor, periodOf } from './sliderScale';
import type { BarWindow } from './sliderScale';
import { usePlay } from './usePlay';
import './timeline.css';

export interface TimeSliderProps {
  /** The workspace's links (only their sightings are read); keep the reference stable. */
  links: ReadonlyMap<string, Sighting> | readonly Sighting[];
  /** Inclusive ISO dates; undefined leaves that side open. */
  from: string | undefined;
  to: string | undefined;
  onChange: (from: string | undefined, to: string | undefined) => void;
  /** Bars by month or week; chosen from the span of the dates when left out. */
  bucket?: Bucket;
}

/** The network as it stood between two dates, over a histogram of link activity, with play. */
export function TimeSlider({ links, from, to, onChange, bucket: wanted }: TimeSliderProps) {
  const id = useId();
  const { bars, bucket } = useMemo(() => {
    const all = [...links.values()];
    const extent = dateExtent(all);
    const b = wanted ?? (extent ? bucketFor(extent) : 'month');
    return { bars: extent ? linkActivityHistogram(all, b, extent) : [], bucket: b };
  }, [links, wanted]);

  const span: BarWindow = { first: barOf(bars, from, 'from'), last: barOf(bars, to, 'to') };
  const apply = useCallback(
    (w: BarWindow) => {
      const period = periodOf(bars, w);
      onChange(period.from, period.to);
    },
    [bars, onChange],
  );
  const play = usePlay(bars.length, span, apply);

  if (bars.length === 0) {
    return (
      <section className="wt-slider" aria-label="Time slider">
        <p className="wt-words">No link in this workspace has a date, so there is no time line.</p>
      </section>
    );
  }
  const last = bars.length - 1;
  const startBar = bars[span.first] ?? bars[0]!;
  const endBar = bars[span.last] ?? bars[last]!;
  const move = (side: 'first' | 'last', value: number) => {
    play.stop();
    const w =
      side === 'first'
        ? { first: value, last: Math.max(value, span.last) }
        : { first: Math.min(value, span.first), last: value };
    apply(w);
  };
  return (
    <section className="wt-slider" aria-label="Time slider">
      <div className="wt-grid">
        <span aria-hidden="true" />
        <ActivityBars bars={bars} bucket={bucket} span={span} />
        <label htmlFor={`${id}-from`}>Start</label>
        <input
          id={`${id}-from`}
          type="range"
          min={0}
          max={last}
          step={1}
          value={span.first}
          aria-valuetext={dateInWords(startBar.start)}
          onChange={(e) => move('first', Number(e.target.value))}
        />
        <label htmlFor={`${id}-to`}>End</label>
        <input
          id={`${id}-to`}
          type="range"
          min={0}
          max={last}
          step={1}
          value={span.last}
          aria-valuetext={dateInWords(endBar.end)}
          onChange={(e) => move('last', Number(e.target.value))}
        />
      </div>
      <div className="wt-foot">
        <button type="button" onClick={play.toggle}>
          {play.playing ? 'Pause' : 'Play'}
        </button>
        <p className="wt-words" aria-live={play.playing ? 'off' : 'polite'}>
          {`Showing links active ${periodInWords(from, to)}.`}{' '}
          {(!from || !to) && (
            <span className="wt-ends">
              (slider: {dateInWords(startBar.start)} to {dateInWords(endBar.end)})
            </span>
          )}
        </p>
      </div>
    </section>
  );
}
