import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';

interface EdgeHandles {
  enableDrawMode(): void;
  disableDrawMode(): void;
  destroy(): void;
}

export interface LinkDrawing {
  /** Link mode: dragging from a node draws a link instead of moving the node. */
  setDrawMode(on: boolean): void;
  destroy(): void;
}

/**
 * Dragging from one node to another proposes a link. The preview edge edgehandles adds is
 * removed at once: the link only exists once the analyst confirms it and the store accepts it,
 * and it then arrives through the element diff like any other edit.
 */
export function enableLinkDrawing(
  cy: Core,
  onDraw: (source: string, target: string) => void,
): LinkDrawing {
  const eh = (cy as unknown as { edgehandles(o: object): EdgeHandles }).edgehandles({
    canConnect: (source: NodeSingular, target: NodeSingular) =>
      source.id() !== target.id() && !target.isParent() && !source.isParent(),
    hoverDelay: 100,
    snap: true,
    noEdgeEventsInDraw: true,
  });
  const onComplete = (
    _event: unknown,
    source: NodeSingular,
    target: NodeSingular,
    added: EdgeSingular,
  ) => {
    cy.remove(added);
    onDraw(source.id(), target.id());
  };
  cy.on('ehcomplete', onComplete as never);
  return {
    setDrawMode: (on) => (on ? eh.enableDrawMode() : eh.disableDrawMode()),
    destroy: () => {
      cy.off('ehcomplete', onComplete as never);
      eh.destroy();
    },
  };
}
