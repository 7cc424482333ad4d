import { ENTITY_KINDS, LINK_KINDS } from '../../../shared/model';
import type { LegendContent } from '../legendInUse';
import { BADGE_COLOUR, ENTITY_COLOURS, linkColour } from '../palette';

/** One line of the exported legend: a swatch and its meaning, drawable as SVG or canvas. */
export interface LegendRow {
  swatch: 'disc' | 'line' | 'dashed' | 'box';
  colour: string;
  text: string;
}

/** The on-screen legend flattened to rows, so SVG and PNG exports explain the same things. */
export function legendRows(content: LegendContent): LegendRow[] {
  const rows: LegendRow[] = content.entityKinds.map((k) => ({
    swatch: 'disc',
    colour: ENTITY_COLOURS[k].fill,
    text: ENTITY_KINDS[k].label,
  }));
  for (const k of content.linkKinds) {
    rows.push({ swatch: 'line', colour: linkColour(k), text: LINK_KINDS[k].label });
  }
  if (content.weakInUse) {
    rows.push({ swatch: 'dashed', colour: '#4B5563', text: 'Dashed: weak grade (3, or D/E)' });
  }
  if (content.directedInUse) {
    rows.push({ swatch: 'line', colour: '#4B5563', text: 'Arrow: the link has a direction' });
  }
  if (content.strengthsInUse.length > 1) {
    rows.push({ swatch: 'line', colour: '#4B5563', text: 'Thicker line: stronger link (1-5)' });
  }
  for (const badge of content.badges) {
    rows.push({
      swatch: 'disc',
      colour: BADGE_COLOUR,
      text: badge === 'child' ? 'Badge: child (under 18)' : 'Badge: vulnerable adult',
    });
  }
  if (content.groupsInUse) {
    rows.push({ swatch: 'box', colour: '#953F00', text: 'Box: members of a group (OCG or gang)' });
  }
  return rows;
}
