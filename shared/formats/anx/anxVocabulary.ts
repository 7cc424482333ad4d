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

/** The icon file each kind is drawn with; Analyst's Notebook shows its default icon for a name it lacks. */
export const ANX_ICON_OF_KIND: Record<EntityKind, string> = {
  nominal: 'Person',
  ocg: 'Group',
  usg: 'Group',
  location: 'House',
  phone: 'Mobile Phone',
  vehicle: 'Car',
  organisation: 'Office',
  other: 'Question',
};

/** Link types are written with the UI's words ("Member of") and read back by those or by id. */
export function linkKindOfAnxType(type: string): LinkKind | undefined {
  const t = type.trim().toLowerCase();
  for (const [kind, meta] of Object.entries(LINK_KINDS)) {
    if (kind === t || meta.label.toLowerCase() === t) return kind as LinkKind;
  }
  return undefined;
}
