/**
 * Entity and link kinds, with the words the UI uses for them. A link kind has two phrasings: `forward`
 * reads from its source ("Kayden exploits Tyler"), `backward` from its target ("Tyler is exploited
 * by Kayden"), so every sentence can be said from the point of view of the record it is shown on.
 */

export const ENTITY_KINDS = {
  nominal: { label: 'Nominal (person)', plural: 'Nominals' },
  ocg: { label: 'Organised crime group', plural: 'OCGs' },
  usg: { label: 'Urban street gang', plural: 'Street gangs' },
  location: { label: 'Location', plural: 'Locations' },
  phone: { label: 'Phone / deal line', plural: 'Phones' },
  vehicle: { label: 'Vehicle', plural: 'Vehicles' },
  organisation: { label: 'Organisation / business', plural: 'Organisations' },
  /** Things an imported chart names that are none of the above (an event, a bank account); the source's type is kept. */
  other: { label: 'Other (imported type)', plural: 'Other' },
} as const;
export type EntityKind = keyof typeof ENTITY_KINDS;
export const ENTITY_KIND_IDS = Object.keys(ENTITY_KINDS) as [EntityKind, ...EntityKind[]];

/** Group kinds are drawn as compound nodes around their members. */
export const GROUP_KINDS: readonly EntityKind[] = ['ocg', 'usg'];

export const LINK_KINDS = {
  associate: {
    label: 'Associate of',
    directed: false,
    forward: 'is an associate of',
    backward: 'is an associate of',
  },
  family: { label: 'Family', directed: false, forward: 'is family of', backward: 'is family of' },
  member_of: {
    label: 'Member of',
    directed: true,
    forward: 'is a member of',
    backward: 'has as a member',
  },
  controls: {
    label: 'Controls',
    directed: true,
    forward: 'controls',
    backward: 'is controlled by',
  },
  runs_line: {
    label: 'Runs deal line',
    directed: true,
    forward: 'runs the deal line',
    backward: 'is a deal line run by',
  },
  uses_phone: {
    label: 'Uses phone',
    directed: true,
    forward: 'uses phone',
    backward: 'is used by',
  },
  resides_at: {
    label: 'Resides at',
    directed: true,
    forward: 'resides at',
    backward: 'is the home of',
  },
  frequents: {
    label: 'Frequents',
    directed: true,
    forward: 'frequents',
    backward: 'is frequented by',
  },
  cuckooed: {
    label: 'Cuckooed address',
    directed: true,
    forward: 'has cuckooed',
    backward: 'is cuckooed by',
  },
  supplies: { label: 'Supplies', directed: true, forward: 'supplies', backward: 'is supplied by' },
  exploits: { label: 'Exploits', directed: true, forward: 'exploits', backward: 'is exploited by' },
  calls: { label: 'Calls', directed: true, forward: 'calls', backward: 'is called by' },
  co_offends: {
    label: 'Co-offends with',
    directed: false,
    forward: 'co-offends with',
    backward: 'co-offends with',
  },
  uses_vehicle: {
    label: 'Uses vehicle',
    directed: true,
    forward: 'uses vehicle',
    backward: 'is a vehicle used by',
  },
  owns: {
    label: 'Owns / keeper of',
    directed: true,
    forward: 'owns or keeps',
    backward: 'is owned or kept by',
  },
  employed_by: {
    label: 'Employed by',
    directed: true,
    forward: 'is employed by',
    backward: 'employs',
  },
  rival_of: {
    label: 'Rival of',
    directed: false,
    forward: 'is a rival of',
    backward: 'is a rival of',
  },
} as const;
export type LinkKind = keyof typeof LINK_KINDS;
export const LINK_KIND_IDS = Object.keys(LINK_KINDS) as [LinkKind, ...LinkKind[]];

export function isDirectedKind(kind: LinkKind): boolean {
  return LINK_KINDS[kind].directed;
}
