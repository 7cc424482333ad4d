import type { EntityKind, LinkKind } from '../../shared/model';

/**
 * Colours from the Okabe-Ito palette, chosen because it stays distinguishable under the common
 * colour-vision deficiencies. Yellow is kept for the safeguarding badge alone, so it always means
 * "look after this person". `ink` is the glyph colour that keeps 3:1 contrast on the fill.
 */
export const ENTITY_COLOURS: Record<EntityKind, { fill: string; ink: string; border: string }> = {
  nominal: { fill: '#0072B2', ink: '#FFFFFF', border: '#004F7C' },
  ocg: { fill: '#D55E00', ink: '#FFFFFF', border: '#953F00' },
  usg: { fill: '#CC79A7', ink: '#111111', border: '#8E4B72' },
  location: { fill: '#009E73', ink: '#FFFFFF', border: '#006B4E' },
  phone: { fill: '#E69F00', ink: '#111111', border: '#9E6D00' },
  vehicle: { fill: '#56B4E9', ink: '#111111', border: '#2A7FB0' },
  organisation: { fill: '#3D3D3D', ink: '#FFFFFF', border: '#111111' },
  other: { fill: '#BBBBBB', ink: '#111111', border: '#6B6B6B' },
};

export const BADGE_COLOUR = '#F0E442';

/**
 * Seventeen link kinds cannot each have a colour anyone could tell apart, so they share five
 * families; the edge label and the legend name the exact kind.
 */
export type LinkFamily = 'exploitation' | 'supply' | 'communication' | 'social' | 'structure';

export const LINK_FAMILIES: Record<LinkFamily, { label: string; colour: string }> = {
  exploitation: { label: 'Control and exploitation', colour: '#C2410C' },
  supply: { label: 'Drugs supply', colour: '#7E3F98' },
  communication: { label: 'Phones and calls', colour: '#A16207' },
  social: { label: 'Personal ties', colour: '#1F4E79' },
  structure: { label: 'Membership, places, property', colour: '#4B5563' },
};

export const LINK_KIND_FAMILY: Record<LinkKind, LinkFamily> = {
  controls: 'exploitation',
  exploits: 'exploitation',
  cuckooed: 'exploitation',
  runs_line: 'supply',
  supplies: 'supply',
  calls: 'communication',
  uses_phone: 'communication',
  associate: 'social',
  family: 'social',
  co_offends: 'social',
  rival_of: 'social',
  member_of: 'structure',
  resides_at: 'structure',
  frequents: 'structure',
  uses_vehicle: 'structure',
  owns: 'structure',
  employed_by: 'structure',
};

export function linkColour(kind: LinkKind): string {
  return LINK_FAMILIES[LINK_KIND_FAMILY[kind]].colour;
}
