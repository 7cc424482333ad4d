import { LINK_KINDS, type LinkKind } from './kinds';

/** The ends and kind of a link: enough to say it in words. */
export interface LinkEnds {
  kind: LinkKind;
  source: string;
  target: string;
}

/**
 * The verb phrase of a link as seen from one of its ends: "exploits" from the exploiter, "is
 * exploited by" from the child. Undirected kinds read the same from both ends. An id that is
 * neither end reads from the source.
 */
export function linkPhrase(link: LinkEnds, fromId: string): string {
  const kind = LINK_KINDS[link.kind];
  return fromId === link.target && fromId !== link.source ? kind.backward : kind.forward;
}

/** The other end of a link from `fromId` (the target when `fromId` is neither). */
export function otherEnd(link: LinkEnds, fromId: string): string {
  return fromId === link.target && fromId !== link.source ? link.source : link.target;
}

/** A whole sentence from the source's point of view: "Kayden Rook exploits Tyler Banfield". */
export function linkSentence(link: LinkEnds, label: (id: string) => string): string {
  return `${label(link.source)} ${LINK_KINDS[link.kind].forward} ${label(link.target)}`;
}

/** The phrase with its first letter capitalised, for a list item or a heading. */
export function capitalisedPhrase(link: LinkEnds, fromId: string): string {
  const phrase = linkPhrase(link, fromId);
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}
