import type { EntityKind, LinkKind } from '../../shared/model';
import { LINK_STYLES } from './linkStyles';

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

/** A link kind's colour; its dash and arrowhead are in linkStyles.ts, which tells all 17 apart. */
export function linkColour(kind: LinkKind): string {
  return LINK_STYLES[kind].colour;
}
