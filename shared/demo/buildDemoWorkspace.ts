import { highestClassification } from '../model';
import type { Classification, Entity, IntelItem, Link } from '../model';
import { buildIntelItem } from './buildIntel';
import {
  groupEntity,
  locationEntity,
  nominalEntity,
  organisationEntity,
  phoneEntity,
  vehicleEntity,
} from './buildEntities';
import { buildLinks } from './buildLinks';
import { DEMO_REFERENCE_DATE, FICTIONAL_NOTICE } from './constants';
import { INTEL } from './data/intel';
import { LINK_BLOCKS } from './data/links';
import { ADULT_NOMINALS } from './data/nominals';
import { LOCATIONS } from './data/places';
import { GROUPS, ORGANISATIONS, PHONES, VEHICLES } from './data/things';
import { CHILDREN, VULNERABLE_ADULTS } from './data/vulnerable';
import { buildDemoPartnership, type DemoPartnership } from './partnership';

export interface DemoWorkspace {
  workspace: { name: string; description: string; classification: Classification; fictional: true };
  entities: Entity[];
  links: Link[];
  intel: IntelItem[];
  /** Plans, orders, referrals, registers, board meetings and scores, so every screen has work to show. */
  partnership?: DemoPartnership;
}

const DESCRIPTION = [
  FICTIONAL_NOTICE,
  'Kestrelford (a market town) and Ravensholt (a city whose Tannerside district exports drugs to it)',
  'do not exist; their coordinates are invented, postcodes use the unallocated ZZ area, phone numbers',
  "come from Ofcom's drama range and registrations start with Z, which the DVLA does not issue.",
  'Three organised crime groups and a street gang, three deal lines, two cuckooed addresses and eight',
  `exploited children, as known on ${DEMO_REFERENCE_DATE}.`,
].join(' ');

/** Each entity rests on the intelligence behind its links, listed in the order of the reports. */
function withProvenance(entities: Entity[], links: Link[], intel: IntelItem[]): Entity[] {
  const order = new Map(intel.map((item, index) => [item.id, index]));
  const sources = new Map<string, Set<string>>();
  for (const link of links) {
    for (const end of [link.source, link.target]) {
      const set = sources.get(end) ?? new Set<string>();
      for (const id of link.provenance) set.add(id);
      sources.set(end, set);
    }
  }
  return entities.map((entity) => {
    const ids = [...(sources.get(entity.id) ?? [])];
    ids.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    return { ...entity, provenance: ids };
  });
}

/** The bundled fictional demo: the same records, ids and dates on every call. */
export function buildDemoWorkspace(): DemoWorkspace {
  const intel = INTEL.map(buildIntelItem);
  const specs = [
    ...ADULT_NOMINALS.map((spec) => ({ key: spec.key, entity: nominalEntity(spec) as Entity })),
    ...[...CHILDREN, ...VULNERABLE_ADULTS].map((spec) => ({
      key: spec.key,
      entity: nominalEntity(spec),
    })),
    ...GROUPS.map((spec) => ({ key: spec.key, entity: groupEntity(spec) })),
    ...ORGANISATIONS.map((spec) => ({ key: spec.key, entity: organisationEntity(spec) })),
    ...LOCATIONS.map((spec) => ({ key: spec.key, entity: locationEntity(spec) })),
    ...PHONES.map((spec) => ({ key: spec.key, entity: phoneEntity(spec) })),
    ...VEHICLES.map((spec) => ({ key: spec.key, entity: vehicleEntity(spec) })),
  ];
  const links = buildLinks(LINK_BLOCKS, {
    entityIds: new Map(specs.map(({ key, entity }) => [key, entity.id])),
    entityClassifications: new Map(specs.map(({ entity }) => [entity.id, entity.classification])),
    intel: new Map(INTEL.map((spec, index) => [spec.key, intel[index] as IntelItem])),
  });
  const entities = withProvenance(
    specs.map(({ entity }) => entity),
    links,
    intel,
  );
  const classification = highestClassification(
    [...entities, ...links, ...intel].map((record) => record.classification),
  );
  return {
    workspace: {
      name: 'Kestrelford county lines (fictional demo)',
      description: DESCRIPTION,
      classification,
      fictional: true,
    },
    entities,
    links,
    intel,
    partnership: buildDemoPartnership(),
  };
}
