import { useCallback } from 'react';
import type { Command, LoadedWorkspace } from '../store/api';
import { createView, deleteView } from '../store/commands';
import type { Position } from './canvas/ChartController';
import { LAYOUT_CHOICES } from './canvas/layouts';
import type { LayoutName } from './canvas/layouts';
import { readStoredFilters, toStoredFilters } from './filters/storedFilters';
import type { ViewFilters } from './filters/viewFilters';
import type { SavedView } from './views/savedView';

export interface ViewState {
  filters: ViewFilters;
  layout: LayoutName;
  positions: ReadonlyMap<string, Position>;
}

export function isLayoutName(name: string): name is LayoutName {
  return LAYOUT_CHOICES.some((c) => c.id === name);
}

/** What applying a saved view changes on screen: its filters, its layout and where nodes stand. */
export function viewToState(view: SavedView, fallbackLayout: LayoutName): ViewState {
  return {
    filters: readStoredFilters(view.filters),
    layout: isLayoutName(view.layout) ? view.layout : fallbackLayout,
    positions: new Map(Object.entries(view.positions)),
  };
}

/** Saving and deleting views are commands like any other edit: undoable and audited. */
export function useSavedViews(
  loaded: LoadedWorkspace,
  onCommand: (c: Command) => Promise<void>,
  current: { filters: ViewFilters; layout: LayoutName },
  positions: () => ReadonlyMap<string, Position>,
  onError: (message: string) => void,
) {
  const workspaceId = loaded.workspace.id;
  const fail = useCallback(
    (e: unknown) => onError(e instanceof Error ? e.message : String(e)),
    [onError],
  );
  const save = useCallback(
    (name: string) => {
      onCommand(
        createView(workspaceId, {
          name,
          filters: toStoredFilters(current.filters),
          positions: Object.fromEntries(positions()),
          styling: {},
          layout: current.layout,
        }),
      ).catch(fail);
    },
    [workspaceId, onCommand, current.filters, current.layout, positions, fail],
  );
  const remove = useCallback(
    (id: string) => onCommand(deleteView(id)).catch(fail),
    [onCommand, fail],
  );
  return { save, remove };
}
