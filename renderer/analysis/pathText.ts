import { linkPhrase, type Link } from '../../shared/model';
import type { LoadedWorkspace } from '../store/api';

/** One step of a path in words: "A (is exploited by) B". */
export interface PathStep {
  id: string;
  label: string;
  /**
   * How this entity is linked to the previous one, read from the previous one ("is exploited
   * by" when the previous entity is the victim); empty for the first.
   */
  via: string;
}

/** The links between two consecutive entities, each phrased from `from` towards `to`. */
function linkWords(from: string, to: string, links: readonly Link[]): string {
  const phrases = links
    .filter((l) => (l.source === from && l.target === to) || (l.source === to && l.target === from))
    .map((l) => linkPhrase(l, from));
  return [...new Set(phrases)].join(' / ');
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

/**
 * The path as one line, for the screen and for a copy into a briefing. Each phrase reads from
 * the entity before it: "Kayden Rook → (is exploited by) Leon Prestage → (is a member of) ...".
 */
export function pathSentence(steps: readonly PathStep[]): string {
  return steps
    .map((s, i) => (i === 0 ? s.label : `(${s.via || 'linked to'}) ${s.label}`))
    .join(' → ');
}

export function labelOf(loaded: Pick<LoadedWorkspace, 'entities'>, id: string): string {
  return loaded.entities.get(id)?.label ?? 'an entity no longer in the workspace';
}
