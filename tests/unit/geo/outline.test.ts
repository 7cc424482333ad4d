import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { projectLatLon } from '../../../shared/geo';
import { ukOutline } from '../../../shared/geo/outline';

const atlas = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8'),
) as Topology;

/** The bounding box of every coordinate pair in an SVG path. */
function bounds(d: string) {
  const numbers = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  return { x1: Math.min(...xs), x2: Math.max(...xs), y1: Math.min(...ys), y2: Math.max(...ys) };
}

describe('UK outline from Natural Earth', () => {
  const outline = ukOutline(atlas);

  it('draws the UK in the same coordinates as the placement', () => {
    const uk = bounds(outline.uk);
    const shetland = projectLatLon({ lat: 60.8, lon: -0.8 });
    const jersey = projectLatLon({ lat: 49.17, lon: -2.1 });
    const lowestoft = projectLatLon({ lat: 52.48, lon: 1.76 });
    // Shetland in the north and Jersey in the south are its edges, to within 10 km (200 units).
    expect(Math.abs(uk.y1 - shetland.y)).toBeLessThan(200);
    expect(Math.abs(uk.y2 - jersey.y)).toBeLessThan(200);
    expect(Math.abs(uk.x2 - lowestoft.x)).toBeLessThan(200);
  });

  it('draws Ireland apart, for context, and west of Great Britain', () => {
    expect(outline.context.length).toBeGreaterThan(100);
    expect(bounds(outline.context).x1).toBeLessThan(bounds(outline.uk).x1);
  });

  it('gives the box around both, for the locator map', () => {
    const uk = bounds(outline.uk);
    const context = bounds(outline.context);
    expect(outline.bounds.x1).toBeCloseTo(context.x1, -1);
    expect(outline.bounds.x2).toBeCloseTo(uk.x2, -1);
    expect(outline.bounds.y1).toBeCloseTo(uk.y1, -1);
    expect(outline.bounds.y2).toBeCloseTo(uk.y2, -1);
  });
});
