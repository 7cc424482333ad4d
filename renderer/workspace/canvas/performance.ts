import type { CytoscapeOptions } from 'cytoscape';

/** Element count (nodes + edges) above which the chart trades finish for speed. */
export const LARGE_MAP_ELEMENTS = 2000;

export function isLargeMap(elementCount: number): boolean {
  return elementCount > LARGE_MAP_ELEMENTS;
}

/**
 * Cytoscape's documented performance settings. Small maps keep crisp, live rendering while
 * panning; large maps draw a cached texture and hide edges during pan and zoom, and skip
 * high-DPI rendering, because without a GPU each full frame of 2k nodes costs seconds.
 */
export function renderOptions(
  elementCount: number,
  gpu: { webgl?: boolean } = {},
): Partial<CytoscapeOptions> {
  const common: Partial<CytoscapeOptions> = {
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: true,
    selectionType: 'single',
    motionBlur: false,
  };
  // With a real GPU, Cytoscape's WebGL renderer draws whole frames fast enough to skip the
  // texture-while-panning compromise.
  if (gpu.webgl) return { ...common, webgl: true, pixelRatio: 'auto' };
  const large = isLargeMap(elementCount);
  return {
    ...common,
    hideEdgesOnViewport: large,
    textureOnViewport: large,
    pixelRatio: large ? 1 : 'auto',
  };
}
