import { ENTITY_KINDS, LINK_KINDS } from '../../../shared/model';
import type { LegendContent } from '../legendInUse';
import type { ArrowShape } from '../linkStyles';
import { COMBINED_LINK_COLOUR, DASHES, LINK_STYLES } from '../linkStyles';
import { BADGE_COLOUR, ENTITY_COLOURS } from '../palette';

/** One line of the exported legend: a swatch and its meaning, drawable as SVG or canvas. */
export interface LegendRow {
  swatch: 'disc' | 'line' | 'box' | 'badge';
  colour: string;
  text: string;
  /** Lines: dash pattern, arrowhead (at both ends for rivals), weak-grade ring, width. */
  dash?: readonly number[];
  arrow?: ArrowShape;
  bothEnds?: boolean;
  ring?: boolean;
  width?: number;
  /** Discs: a rim other than the fill's own (cuckooed addresses, trap houses). */
  rim?: { colour: string; dash?: readonly number[]; double?: boolean };
  /** Badges: round (child) or shield (vulnerable adult), as on the chart. */
  badge?: 'child' | 'vulnerable';
}

const GREY = '#4B5563';

/** The on-screen legend flattened to rows, so SVG and PNG exports explain the same things. */
export function legendRows(content: LegendContent): LegendRow[] {
  const rows: LegendRow[] = content.entityKinds.map((k) => ({
    swatch: 'disc',
    colour: ENTITY_COLOURS[k].fill,
    text: ENTITY_KINDS[k].label,
  }));
  for (const place of content.places) {
    const cuckooed = place === 'cuckooed';
    rows.push({
      swatch: 'disc',
      colour: ENTITY_COLOURS.location.fill,
      text: cuckooed ? 'Cuckooed address (double red rim)' : 'Trap house (dashed purple rim)',
      rim: cuckooed
        ? { colour: LINK_STYLES.cuckooed.colour, double: true }
        : { colour: LINK_STYLES.supplies.colour, dash: [3, 2] },
    });
  }
  for (const k of content.linkKinds) {
    const style = LINK_STYLES[k];
    rows.push({
      swatch: 'line',
      colour: style.colour,
      text: LINK_KINDS[k].label,
      dash: DASHES[style.dash],
      arrow: style.arrow,
      ...(style.bothEnds ? { bothEnds: true } : {}),
    });
  }
  if (content.weakInUse) {
    rows.push({ swatch: 'line', colour: GREY, ring: true, text: 'Ring: weak grade (3, or D/E)' });
  }
  if (content.directedInUse) {
    rows.push({
      swatch: 'line',
      colour: GREY,
      arrow: 'triangle',
      text: 'Arrowhead: points from source to target',
    });
  }
  if (content.bundledInUse) {
    rows.push({
      swatch: 'line',
      colour: COMBINED_LINK_COLOUR,
      width: 5,
      text: 'Thick grey: several links combined (count)',
    });
  }
  if (content.strengthsInUse.length > 1) {
    rows.push({ swatch: 'line', colour: GREY, text: 'Thicker line: stronger link (1-5)' });
  }
  for (const badge of content.badges) {
    rows.push({
      swatch: 'badge',
      badge,
      colour: BADGE_COLOUR,
      text: badge === 'child' ? 'Round badge: child (under 18)' : 'Shield badge: vulnerable adult',
    });
  }
  if (content.communitiesInUse) {
    rows.push({ swatch: 'box', colour: '#4B5563', text: 'Grey box: a community drawn as one' });
  }
  if (content.collapsedInUse) {
    rows.push({ swatch: 'box', colour: '#953F00', text: 'Double rim: a collapsed group (+n)' });
  }
  if (content.groupsInUse) {
    rows.push({ swatch: 'box', colour: '#953F00', text: 'Box: members of a group (OCG or gang)' });
  }
  return rows;
}
