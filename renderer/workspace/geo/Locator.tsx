import type { Ref } from 'react';
import type { Box, Outline } from '../../../shared/geo';

/** On screen, in pixels. */
export const LOCATOR_WIDTH = 96;
/** The smallest the "you are here" box is drawn, in locator pixels, so a street view still shows. */
const SMALLEST = 6;

/**
 * The "you are here" rectangle on the locator, in chart units: the part of the chart on screen,
 * grown about its centre to stay visible when the chart is zoomed in on one street.
 */
export function locatorView(shown: Box, map: Box): Record<'x' | 'y' | 'width' | 'height', string> {
  const least = (SMALLEST * (map.x2 - map.x1)) / LOCATOR_WIDTH;
  const width = Math.max(shown.x2 - shown.x1, least);
  const height = Math.max(shown.y2 - shown.y1, least);
  const cx = (shown.x1 + shown.x2) / 2;
  const cy = (shown.y1 + shown.y2) / 2;
  return {
    x: String(cx - width / 2),
    y: String(cy - height / 2),
    width: String(width),
    height: String(height),
  };
}

/** The whole outline, small, in a corner of the chart; `here` is moved by the underlay. */
export function Locator({
  outline,
  here,
  width,
}: {
  outline: Outline;
  here: Ref<SVGRectElement>;
  width: number;
}) {
  const { bounds } = outline;
  const mapWidth = bounds.x2 - bounds.x1;
  const mapHeight = bounds.y2 - bounds.y1;
  return (
    <svg
      className="geo-locator"
      aria-hidden="true"
      focusable="false"
      viewBox={`${bounds.x1} ${bounds.y1} ${mapWidth} ${mapHeight}`}
      width={width}
      height={Math.round((width * mapHeight) / mapWidth)}
    >
      <path className="geo-context" d={outline.context} />
      <path className="geo-uk" d={outline.uk} />
      <rect ref={here} className="geo-here" x={0} y={0} width={0} height={0} />
    </svg>
  );
}
