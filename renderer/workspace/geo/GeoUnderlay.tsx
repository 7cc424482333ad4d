import { useEffect, useRef } from 'react';
import type { Box, Outline } from '../../../shared/geo';
import type { StripFrame } from './backdrop';
import { captionAt, captionSize } from './backdrop';
import { LOCATOR_WIDTH, Locator, locatorView } from './Locator';

export interface Viewport {
  pan: { x: number; y: number };
  zoom: number;
}

/** The chart's pan and zoom, reported at once and on every change; returns the unsubscribe. */
export interface ViewportSource {
  onViewport(listener: (viewport: Viewport) => void): () => void;
}

/**
 * The UK drawn behind the chart, and a small locator map of the whole country in a corner
 * showing which part is on screen (a county line between two inland towns shows no coast).
 * Paths are in chart coordinates, projected once; following a pan or zoom is one transform on
 * one group and four attributes of one rectangle, set directly rather than through React state
 * so dragging the chart re-renders nothing. Hidden from assistive technology: the legend says
 * what the map is and where it comes from.
 */
export function GeoUnderlay(props: {
  viewport: ViewportSource | null;
  outline: Outline | null;
  strip: StripFrame | null;
}) {
  const surface = useRef<SVGSVGElement>(null);
  const layer = useRef<SVGGElement>(null);
  const here = useRef<SVGRectElement>(null);
  const { viewport, outline, strip } = props;
  useEffect(
    () =>
      viewport?.onViewport(({ pan, zoom }) => {
        layer.current?.setAttribute('transform', `translate(${pan.x} ${pan.y}) scale(${zoom})`);
        const size = surface.current;
        if (!here.current || !size || !outline) return;
        const shown: Box = {
          x1: -pan.x / zoom,
          y1: -pan.y / zoom,
          x2: (size.clientWidth - pan.x) / zoom,
          y2: (size.clientHeight - pan.y) / zoom,
        };
        const view = locatorView(shown, outline.bounds);
        for (const [name, value] of Object.entries(view)) here.current.setAttribute(name, value);
      }),
    [viewport, outline],
  );
  const caption = strip ? captionAt(strip.box) : null;
  return (
    <>
      <svg ref={surface} className="geo-underlay" aria-hidden="true" focusable="false">
        <g ref={layer}>
          {outline ? (
            <>
              <path className="geo-context" d={outline.context} />
              <path className="geo-uk" d={outline.uk} />
            </>
          ) : null}
          {strip && caption ? (
            <>
              <rect
                className="geo-strip"
                x={strip.box.x1}
                y={strip.box.y1}
                width={strip.box.x2 - strip.box.x1}
                height={strip.box.y2 - strip.box.y1}
                rx={16}
              />
              <text
                className="geo-strip-caption"
                x={caption.x}
                y={caption.y}
                fontSize={captionSize(strip.box)}
              >
                {strip.caption}
              </text>
            </>
          ) : null}
        </g>
      </svg>
      {outline ? <Locator outline={outline} here={here} width={LOCATOR_WIDTH} /> : null}
    </>
  );
}
