/** Entity and link kinds, with the words the UI uses for them. */

export const ENTITY_KINDS = {
  nominal: { label: 'Nominal (person)', plural: 'Nominals' },
  ocg: { label: 'Organised crime group', plural: 'OCGs' },
  usg: { label: 'Urban street gang', plural: 'Street gangs' },
  location: { label: 'Location', plural: 'Locations' },
  phone: { label: 'Phone / deal line', plural: 'Phones' },
  vehicle: { label: 'Vehicle', plural: 'Vehicles' },
  organisation: { label: 'Organisation / business', plural: 'Organisations' },
} as const;
export type EntityKind = keyof typeof ENTITY_KINDS;
export const ENTITY_KIND_IDS = Object.keys(ENTITY_KINDS) as [EntityKind, ...EntityKind[]];

/** Group kinds are drawn as compound nodes around their members. */
export const GROUP_KINDS: readonly EntityKind[] = ['ocg', 'usg'];

export const LINK_KINDS = {
  associate: { label: 'Associate of', directed: false },
  family: { label: 'Family', directed: false },
  member_of: { label: 'Member of', directed: true },
  controls: { label: 'Controls', directed: true },
  runs_line: { label: 'Runs deal line', directed: true },
  uses_phone: { label: 'Uses phone', directed: true },
  resides_at: { label: 'Resides at', directed: true },
  frequents: { label: 'Frequents', directed: true },
  cuckooed: { label: 'Cuckooed address', directed: true },
  supplies: { label: 'Supplies', directed: true },
  exploits: { label: 'Exploits', directed: true },
  calls: { label: 'Calls', directed: true },
  co_offends: { label: 'Co-offends with', directed: false },
  uses_vehicle: { label: 'Uses vehicle', directed: true },
  owns: { label: 'Owns / keeper of', directed: true },
  employed_by: { label: 'Employed by', directed: true },
  rival_of: { label: 'Rival of', directed: false },
} as const;
export type LinkKind = keyof typeof LINK_KINDS;
export const LINK_KIND_IDS = Object.keys(LINK_KINDS) as [LinkKind, ...LinkKind[]];

export function isDirectedKind(kind: LinkKind): boolean {
  return LINK_KINDS[kind].directed;
}
