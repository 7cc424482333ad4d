import type { Classification, EntityOf, LinkKind, Safeguarding } from '../../model';

/** Compact descriptions of the demo's invented records; the builders turn them into records. */

export type NominalRole = EntityOf<'nominal'>['attrs']['roles'][number];
export type LocationUse = EntityOf<'location'>['attrs']['use'];

interface Common {
  /** Stable key from which the record id is derived, and by which links name their ends. */
  key: string;
  notes?: string;
  reviewDate?: string;
  classification?: Classification;
}

export interface NominalSpec extends Common {
  forenames: string;
  surname: string;
  aliases?: string[];
  dateOfBirth: string;
  gender: 'Male' | 'Female';
  roles: NominalRole[];
  safeguarding?: Partial<Safeguarding>;
}

export interface LocationSpec extends Common {
  label: string;
  address: string;
  postcode: string;
  use: LocationUse;
  /** Which invented centre it sits near, and how far east and north of it, in metres. */
  near: 'town' | 'city';
  east: number;
  north: number;
}

export interface PhoneSpec extends Common {
  label: string;
  number: string;
  dealLineBrand?: string;
  handset?: string;
}

export interface VehicleSpec extends Common {
  registration: string;
  make: string;
  model: string;
  colour: string;
}

export interface GroupSpec extends Common {
  kind: 'ocg' | 'usg';
  label: string;
  aliases: string[];
  area: string;
  activity: string;
}

export interface OrganisationSpec extends Common {
  label: string;
  sector: string;
}

export interface IntelSpec {
  key: string;
  reference: string;
  date: string;
  /** "2B P" for 3x5x2, or "B24" for a legacy 5x5x5 grade. */
  grade: string;
  conditions?: string;
  classification?: Classification;
  reviewDate?: string;
  summary: string;
}

export interface LinkExtras {
  label?: string;
  notes?: string;
  callCount?: number;
  callSeconds?: number;
}

/** [source key, kind, target key, strength 1-5, extras]. */
export type LinkSpec = [string, LinkKind, string, number, LinkExtras?];

/**
 * Links learnt from the same intelligence over the same period. Each link's grade is that of the
 * block's first intelligence item; its first/last seen dates fall inside `seen`, or are absent
 * when `seen` is null (family ties, for instance, have no meaningful dates).
 */
export interface LinkBlock {
  intel: string[];
  seen: { from: string; to: string } | null;
  links: LinkSpec[];
}
