import type { Core, NodeSingular } from 'cytoscape';

/** Node diameters for a measure: 24 px for the least to 72 px for the most, linear in between. */
export function sizesFromMeasure(values: ReadonlyMap<string, number>): Map<string, number> {
  const finite = [...values.values()].filter(Number.isFinite);
  const min = finite.length ? Math.min(...finite) : 0;
  const max = finite.length ? Math.max(...finite) : 0;
  const out = new Map<string, number>();
  for (const [id, v] of values) {
    if (!Number.isFinite(v)) continue;
    out.set(id, max > min ? 24 + (48 * (v - min)) / (max - min) : 40);
  }
  return out;
}

/** Sizes and colours from analysis are style bypasses, so clearing them restores the stylesheet. */
export function applyNodeSizes(cy: Core, sizes: ReadonlyMap<string, number> | null): void {
  cy.batch(() => {
    cy.nodes()
      .not(':parent')
      .forEach((n: NodeSingular) => {
        const size = sizes?.get(n.id());
        if (size === undefined) n.removeStyle('width height');
        else n.style({ width: size, height: size });
      });
  });
}

export function applyNodeColours(cy: Core, colours: ReadonlyMap<string, string> | null): void {
  cy.batch(() => {
    cy.nodes()
      .not(':parent')
      .forEach((n: NodeSingular) => {
        const colour = colours?.get(n.id());
        if (colour === undefined) n.removeStyle('background-color');
        else n.style('background-color', colour);
      });
  });
}

export interface Highlight {
  nodes: readonly string[];
  links: readonly string[];
}

/** Highlighted elements stand out; everything else fades. `null` clears. */
export function applyHighlight(cy: Core, highlight: Highlight | null): void {
  cy.batch(() => {
    cy.elements().removeClass('faded highlighted');
    if (!highlight) return;
    const keep = new Set([...highlight.nodes, ...highlight.links]);
    cy.elements().forEach((e) => {
      if (keep.has(e.id())) e.addClass('highlighted');
      else if (!e.isParent()) e.addClass('faded');
    });
  });
}
