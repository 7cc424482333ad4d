/**
 * The one selection of the Map screen. The chart, the table, the inspector, search and the
 * keyboard shortcuts all read it from here and change it through these functions, so they can
 * never disagree about what is selected or which element the inspector describes.
 */

/** One element: an entity or a link. */
export type SelectedItem = { type: 'entity' | 'link'; id: string };

export interface Selection {
  readonly entities: readonly string[];
  readonly links: readonly string[];
  /** The element the inspector describes: the one last picked, while it stays selected. */
  readonly focus: SelectedItem | null;
}

export const NOTHING_SELECTED: Selection = Object.freeze({
  entities: Object.freeze([]) as readonly string[],
  links: Object.freeze([]) as readonly string[],
  focus: null,
});

/** Just this element (or nothing). */
export function selectOnly(item: SelectedItem | null): Selection {
  if (!item) return NOTHING_SELECTED;
  return item.type === 'entity'
    ? { entities: [item.id], links: [], focus: item }
    : { entities: [], links: [item.id], focus: item };
}

/** Adds an element, or takes it away if it was selected (Shift+click, Shift+arrow). */
export function toggle(selection: Selection, item: SelectedItem): Selection {
  const list = item.type === 'entity' ? selection.entities : selection.links;
  const next = list.includes(item.id) ? list.filter((id) => id !== item.id) : [...list, item.id];
  return settle(
    item.type === 'entity'
      ? { entities: next, links: selection.links }
      : { entities: selection.entities, links: next },
    [item, selection.focus],
  );
}

/** Adds an element (if new) and makes it the focus (Shift+arrow). */
export function withAdded(selection: Selection, item: SelectedItem): Selection {
  const list = item.type === 'entity' ? selection.entities : selection.links;
  const next = list.includes(item.id) ? list : [...list, item.id];
  return settle(
    item.type === 'entity'
      ? { entities: next, links: selection.links }
      : { entities: selection.entities, links: next },
    [item],
  );
}

/**
 * A selection from a set of ids, its focus the first of `preferred` still selected, else the
 * first selected entity, else the first link.
 */
export function settle(
  ids: { entities: readonly string[]; links: readonly string[] },
  preferred: readonly (SelectedItem | null | undefined)[] = [],
): Selection {
  if (ids.entities.length + ids.links.length === 0) return NOTHING_SELECTED;
  const has = (item: SelectedItem) =>
    (item.type === 'entity' ? ids.entities : ids.links).includes(item.id);
  const focus =
    preferred.find((p): p is SelectedItem => !!p && has(p)) ??
    (ids.entities[0] !== undefined
      ? { type: 'entity' as const, id: ids.entities[0] }
      : { type: 'link' as const, id: ids.links[0]! });
  return { entities: ids.entities, links: ids.links, focus };
}

/** Drops what no longer exists (deleted, or filtered off the chart): no ghosts in the inspector. */
export function keepExisting(
  selection: Selection,
  exists: {
    entities: ReadonlySet<string> | ReadonlyMap<string, unknown>;
    links: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  },
): Selection {
  const entities = selection.entities.filter((id) => exists.entities.has(id));
  const links = selection.links.filter((id) => exists.links.has(id));
  if (entities.length === selection.entities.length && links.length === selection.links.length) {
    return selection;
  }
  return settle({ entities, links }, [selection.focus]);
}

export function sameSelection(a: Selection, b: Selection): boolean {
  return (
    a.focus?.type === b.focus?.type &&
    a.focus?.id === b.focus?.id &&
    sameList(a.entities, b.entities) &&
    sameList(a.links, b.links)
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}

export function selectedCount(selection: Selection): number {
  return selection.entities.length + selection.links.length;
}
