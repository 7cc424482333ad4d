import { describe, expect, it } from 'vitest';
import { stripExtent, stripFrame } from '../../../renderer/workspace/geo/backdrop';
import { exportGeometry } from '../../../renderer/workspace/geo/exportGeometry';

const CHART = { x1: 100, y1: 200, x2: 1100, y2: 700 };
const IMAGE = { width: 2000, height: 1000 };

describe('export geometry of the geographic backdrop', () => {
  it('keeps the image as Cytoscape drew it when nothing reaches beyond the chart', () => {
    expect(exportGeometry(CHART, IMAGE, { outline: null, strip: null })).toEqual({
      x1: 100,
      y1: 200,
      scale: 2,
      width: 2000,
      height: 1000,
      offset: { x: 0, y: 0 },
    });
  });

  it('grows the image to hold the strip caption above and beside the chart', () => {
    // One entity in the strip at the chart's top-right corner: its caption sticks out.
    const strip = stripFrame({ x1: 1060, y1: 220, x2: 1060, y2: 220 }, 1);
    expect(strip).not.toBeNull();
    if (!strip) return;
    const reach = stripExtent(strip);
    const at = exportGeometry(CHART, IMAGE, { outline: null, strip });
    expect(at).not.toBeNull();
    if (!at) return;
    expect(at.offset.y).toBeGreaterThan(0);
    expect(at.y1).toBeLessThanOrEqual(reach.y1);
    expect(at.x1 + at.width / at.scale).toBeGreaterThanOrEqual(reach.x2);
    // The chart keeps its own pixels: drawn at the offset, same size.
    expect(at.width).toBeGreaterThanOrEqual(at.offset.x + IMAGE.width);
    expect(at.height).toBe(at.offset.y + IMAGE.height);
    expect(at.x1 + at.offset.x / at.scale).toBeCloseTo(CHART.x1);
  });

  it('gives up on an empty chart rather than divide by zero', () => {
    const empty = { x1: 0, y1: 0, x2: 0, y2: 0 };
    expect(exportGeometry(empty, IMAGE, { outline: null, strip: null })).toBeNull();
  });
});
