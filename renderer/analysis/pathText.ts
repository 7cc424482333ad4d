import { LINK_KINDS, type Link } from '../../shared/model';
import type { LoadedWorkspace } from '../store/api';

/** One step of a path in words: "A (associate of) B". */
export interface PathStep {
  id: string;
  label: string;
  /** How this entity is linked to the previous one; empty for the first. */
  via: string;
}

/** Link kinds between two consecutive entities, from the links the path used. */
function linkWords(a: string, b: string, links: readonly Link[]): string {
  const kinds = links
    .filter((l) => (l.source === a && l.target === b) || (l.source === b && l.target === a))
    .map((l) => LINK_KINDS[l.kind].label.toLowerCase());
  return [...new Set(kinds)].join(' / ');
}

export function pathSteps(
  nodes: readonly string[],
  linkIds: readonly string[],
  loaded: Pick<LoadedWorkspace, 'entities' | 'links'>,
): PathStep[] {
  const links = linkIds.map((id) => loaded.links.get(id)).filter((l): l is Link => !!l);
  return nodes.map((id, i) => ({
    id,
    label: labelOf(loaded, id),
    via: i === 0 ? '' : linkWords(nodes[i - 1]!, id, links),
  }));
}

/** The path as one line, for the screen and for a copy into a briefing. */
export function pathSentence(steps: readonly PathStep[]): string {
  return steps.map((s, i) => (i === 0 ? s.label : `(${s.via || 'linked'}) ${s.label}`)).join(' → ');
}

export function labelOf(loaded: Pick<LoadedWorkspace, 'entities'>, id: string): string {
  return loaded.entities.get(id)?.label ?? 'an entity no longer in the workspace';
}
