import { useEffect, useRef, useState } from 'react';
import { nextWindow, playStart } from './sliderScale';
import type { BarWindow } from './sliderScale';

/** How long each step of play shows, long enough to see the chart change. */
export const PLAY_STEP_MS = 700;

/**
 * Play and pause: moves the window one bar at a time and stops at the end. A timer per step
 * (not an interval), so that each step starts from the window the chart actually shows.
 */
export function usePlay(barCount: number, current: BarWindow, apply: (w: BarWindow) => void) {
  const [playing, setPlaying] = useState(false);
  const applyRef = useRef(apply);
  useEffect(() => {
    applyRef.current = apply;
  }, [apply]);

  const { first, last } = current;
  useEffect(() => {
    if (!playing) return undefined;
    const timer = window.setTimeout(() => {
      const next = nextWindow(barCount, { first, last });
      if (next) applyRef.current(next);
      else setPlaying(false);
    }, PLAY_STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, barCount, first, last]);

  const toggle = () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    const start = playStart(barCount, { first, last });
    if (start.first !== first || start.last !== last) applyRef.current(start);
    setPlaying(true);
  };
  return { playing, toggle, stop: () => setPlaying(false) };
}
