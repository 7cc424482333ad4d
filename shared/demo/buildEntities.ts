import type { Classification, EntityOf } from '../model';
import { DEMO_PLACES, DEMO_TIMESTAMP, DEMO_WORKSPACE_ID_PLACEHOLDER } from './constants';
import type {
  GroupSpec,
  LocationSpec,
  NominalSpec,
  OrganisationSpec,
  PhoneSpec,
  VehicleSpec,
} from './data/specs';
import { stableId } from './deterministic';
import { defaultReviewDate } from './reviewDates';

export function entityId(key: string): string {
  return stableId('ent', `demo:entity:${key}`);
}

interface CommonSpec {
  key: string;
  notes?: string;
  reviewDate?: string;
  classification?: Classification;
}

/** The fields every entity shares; provenance is filled in later from the links. */
function common(spec: CommonSpec, label: string) {
  return {
    id: entityId(spec.key),
    workspaceId: DEMO_WORKSPACE_ID_PLACEHOLDER,
    label,
    notes: spec.notes ?? '',
    classification: spec.classification ?? ('OFFICIAL' as Classification),
    reviewDate: spec.reviewDate ?? defaultReviewDate(spec.key),
    provenance: [] as string[],
    createdAt: DEMO_TIMESTAMP,
    updatedAt: DEMO_TIMESTAMP,
  };
}

export function nominalEntity(spec: NominalSpec): EntityOf<'nominal'> {
  const safeguarding = spec.safeguarding && {
    vulnerable: false,
    missingEpisodes: 0,
    lookedAfter: false,
    excludedOrReducedTimetable: false,
    cuckooedOccupant: false,
    ...spec.safeguarding,
  };
  return {
    ...common(spec, `${spec.forenames} ${spec.surname}`),
    kind: 'nominal',
    attrs: {
      forenames: spec.forenames,
      surname: spec.surname,
      aliases: spec.aliases ?? [],
      dateOfBirth: spec.dateOfBirth,
      gender: spec.gender,
      roles: spec.roles,
      ...(safeguarding ? { safeguarding } : {}),
    },
  };
}

const METRES_PER_DEGREE = 111_320;
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

export function locationEntity(spec: LocationSpec): EntityOf<'location'> {
  const centre = DEMO_PLACES[spec.near];
  const lat = centre.lat + spec.north / METRES_PER_DEGREE;
  const lon = centre.lon + spec.east / (METRES_PER_DEGREE * Math.cos((centre.lat * Math.PI) / 180));
  return {
    ...common(spec, spec.label),
    kind: 'location',
    attrs: {
      address: spec.address,
      postcode: spec.postcode,
      use: spec.use,
      lat: round5(lat),
      lon: round5(lon),
    },
  };
}

export function phoneEntity(spec: PhoneSpec): EntityOf<'phone'> {
  return {
    ...common(spec, spec.label),
    kind: 'phone',
    attrs: {
      number: spec.number,
      ...(spec.dealLineBrand ? { dealLineBrand: spec.dealLineBrand } : {}),
      ...(spec.handset ? { handset: spec.handset } : {}),
    },
  };
}

export function vehicleEntity(spec: VehicleSpec): EntityOf<'vehicle'> {
  const { registration, make, model, colour } = spec;
  return {
    ...common(spec, `${registration} ${colour} ${make} ${model}`),
    kind: 'vehicle',
    attrs: { registration, make, model, colour },
  };
}

export function groupEntity(spec: GroupSpec): EntityOf<'ocg'> | EntityOf<'usg'> {
  const attrs = { aliases: spec.aliases, area: spec.area, activity: spec.activity };
  const base = common(spec, spec.label);
  return spec.kind === 'ocg' ? { ...base, kind: 'ocg', attrs } : { ...base, kind: 'usg', attrs };
}

export function organisationEntity(spec: OrganisationSpec): EntityOf<'organisation'> {
  return { ...common(spec, spec.label), kind: 'organisation', attrs: { sector: spec.sector } };
}
