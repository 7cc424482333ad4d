import type { SavedView } from './savedView';

export const VIEW_NAME_MAX = 80;

/** Why a name cannot be used, in a sentence the analyst can act on, or null when it can. */
export function viewNameProblem(
  name: string,
  views: ReadonlyMap<string, Pick<SavedView, 'name'>>,
): string | null {
  const trimmed = name.trim();
  if (!trimmed) return 'Give the view a name, for example "Pellow Court, summer 2025".';
  if (trimmed.length > VIEW_NAME_MAX) {
    return `Keep the name to ${VIEW_NAME_MAX} characters or fewer (it has ${trimmed.length}).`;
  }
  const taken = [...views.values()].some(
    (v) => v.name.trim().toLocaleLowerCase('en-GB') === trimmed.toLocaleLowerCase('en-GB'),
  );
  return taken
    ? `A view called "${trimmed}" already exists. Choose another name, or delete the old view first.`
    : null;
}

/** Views in the order the menu lists them: by name, as a person would sort them. */
export function sortedViews<V extends Pick<SavedView, 'name' | 'id'>>(
  views: ReadonlyMap<string, V>,
): V[] {
  const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });
  return [...views.values()].sort(
    (a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id),
  );
}
