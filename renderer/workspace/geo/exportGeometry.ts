import type { Box } from '../../../shared/geo';
import type { Backdrop } from './backdrop';
import { stripExtent } from './backdrop';

/**
 * The exported image with its backdrop. Cytoscape's whole-chart export (`full: true`) fills an
 * image with the elements' bounding box, rounded up, at `scale` pixels per chart unit (the
 * screen's pixel ratio included). The strip's frame and caption may reach beyond that box, so
 * the image grows to hold them and the chart is drawn `offset` pixels in; `x1, y1` is the chart
 * point at the new image's top-left corner.
 */
export interface ExportGeometry {
  x1: number;
  y1: number;
  scale: number;
  width: number;
  height: number;
  offset: { x: number; y: number };
}

export function exportGeometry(
  chart: Box,
  image: { width: number; height: number },
  backdrop: Backdrop,
): ExportGeometry | null {
  const boxWidth = Math.ceil(chart.x2 - chart.x1);
  if (!(boxWidth > 0) || !(image.width > 0) || !(image.height > 0)) return null;
  const scale = image.width / boxWidth;
  const extra = backdrop.strip ? stripExtent(backdrop.strip) : null;
  const grow = (by: number) => Math.max(0, Math.ceil(by * scale));
  const offset = {
    x: extra ? grow(chart.x1 - extra.x1) : 0,
    y: extra ? grow(chart.y1 - extra.y1) : 0,
  };
  const right = extra ? grow(extra.x2 - (chart.x1 + image.width / scale)) : 0;
  const bottom = extra ? grow(extra.y2 - (chart.y1 + image.height / scale)) : 0;
  return {
    x1: chart.x1 - offset.x / scale,
    y1: chart.y1 - offset.y / scale,
    scale,
    width: offset.x + image.width + right,
    height: offset.y + image.height + bottom,
    offset,
  };
}

/** The attribution's size and margin in chart units: as small as the chart's own labels. */
export const CREDIT = { size: 11, margin: 6 } as const;
