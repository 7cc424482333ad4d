import { LINK_KINDS, type EntityKind, type LinkKind } from '../../model';

/** The i2 entity type (and icon) each kind is exported as. */
export const ANX_TYPE_OF_KIND: Record<EntityKind, string> = {
  nominal: 'Person',
  ocg: 'Organised Crime Group',
  usg: 'Street Gang',
  location: 'Address',
  phone: 'Telephone',
  vehicle: 'Vehicle',
  organisation: 'Organisation',
  other: 'Other',
};

/**
 * i2 type names seen in charts from other sources, lower case, mapped to our kinds. A type not
 * listed is refused with its name, so the analyst chooses a kind rather than Linchpin guessing.
 */
const TYPE_ALIASES: Record<string, EntityKind> = {
  person: 'nominal',
  man: 'nominal',
  woman: 'nominal',
  male: 'nominal',
  female: 'nominal',
  child: 'nominal',
  suspect: 'nominal',
  victim: 'nominal',
  'organised crime group': 'ocg',
  'organized crime group': 'ocg',
  ocg: 'ocg',
  'criminal group': 'ocg',
  gang: 'usg',
  'street gang': 'usg',
  usg: 'usg',
  address: 'location',
  location: 'location',
  house: 'location',
  building: 'location',
  premises: 'location',
  flat: 'location',
  telephone: 'phone',
  phone: 'phone',
  'mobile phone': 'phone',
  mobile: 'phone',
  'cell phone': 'phone',
  'telephone number': 'phone',
  vehicle: 'vehicle',
  car: 'vehicle',
  van: 'vehicle',
  motorcycle: 'vehicle',
  organisation: 'organisation',
  organization: 'organisation',
  company: 'organisation',
  business: 'organisation',
};

export function kindOfAnxType(
  type: string,
  typeMap: Readonly<Record<string, EntityKind>> = {},
): EntityKind | undefined {
  return typeMap[type] ?? TYPE_ALIASES[type.trim().toLowerCase()];
}

/** Link types are written with the UI's words ("Member of") and read back by those or by id. */
export function linkKindOfAnxType(type: string): LinkKind | undefined {
  const t = type.trim().toLowerCase();
  for (const [kind, meta] of Object.entries(LINK_KINDS)) {
    if (kind === t || meta.label.toLowerCase() === t) return kind as LinkKind;
  }
  return undefined;
}
