import type { Box } from '../../../shared/geo';
import type { Outline } from '../../../shared/geo';

/** The strip of entities with no place, framed and captioned so a printed chart explains it. */
export interface StripFrame {
  box: Box;
  caption: string;
}

/**
 * What the geographic layout draws behind the chart, in chart coordinates. Drawn three ways
 * from this one description: on screen (GeoUnderlay) and under the PNG and SVG exports
 * (backdropPng, backdropSvg).
 */
export interface Backdrop {
  outline: Outline | null;
  strip: StripFrame | null;
}

export const BACKDROP_COLOURS = {
  sea: '#e4edf5',
  land: '#fbfaf6',
  coast: '#6f7d90',
  context: '#eef0f2',
  contextCoast: '#9aa4b2',
  frame: '#5f6b7a',
  caption: '#2f3640',
} as const;

/**
 * In chart units, so the caption zooms with the nodes it names; larger over a large strip, which
 * is seen from further out.
 */
export function captionSize(frame: Box): number {
  return Math.max(20, (frame.x2 - frame.x1) / 40);
}
const FRAME_MARGIN = 50;
/** The label under the lowest node of the strip needs room inside the frame. */
const LABEL_ROOM = 24;

export function stripFrame(strip: Box | null, count: number): StripFrame | null {
  if (!strip || count === 0) return null;
  return {
    box: {
      x1: strip.x1 - FRAME_MARGIN,
      y1: strip.y1 - FRAME_MARGIN,
      x2: strip.x2 + FRAME_MARGIN,
      y2: strip.y2 + FRAME_MARGIN + LABEL_ROOM,
    },
    caption: `No known place: ${count} ${count === 1 ? 'entity' : 'entities'}`,
  };
}

/** Where the caption's baseline starts: just above the frame's top-left corner. */
export function captionAt(frame: Box): { x: number; y: number } {
  return { x: frame.x1, y: frame.y1 - captionSize(frame) / 2 };
}

/** Everything the strip's frame and caption cover, the caption's width estimated from its length. */
export function stripExtent(strip: StripFrame): Box {
  const size = captionSize(strip.box);
  const at = captionAt(strip.box);
  return {
    x1: Math.min(strip.box.x1, at.x),
    y1: Math.min(strip.box.y1, at.y - size),
    x2: Math.max(strip.box.x2, at.x + 0.62 * size * strip.caption.length),
    y2: strip.box.y2,
  };
}
