import type { NodeDescription, Position } from './ChartController';

/**
 * A read-only look at the mounted chart, for end-to-end tests that must check what Cytoscape
 * actually draws (element counts, labels, places) rather than what the screen meant to draw. It
 * shows nothing the page does not already show, and changes nothing.
 */
export interface ChartProbe {
  nodeCount(): number;
  edgeCount(): number;
  describeNode(id: string): NodeDescription | undefined;
  findByLabel(label: string): string | undefined;
  renderedPosition(id: string): Position | undefined;
  selectedIds(): { entities: readonly string[]; links: readonly string[] };
  /** Ids of the nodes whose labels are drawn now. */
  labelledNodes(): string[];
}

declare global {
  interface Window {
    __linchpinChart?: ChartProbe | undefined;
  }
}

export function publishProbe(probe: ChartProbe | undefined): void {
  window.__linchpinChart = probe;
}
