import type { Entity, Grade, Imported, IntelItem, Link } from '../../../shared/model';
import {
  ENTITY_KINDS,
  LINK_KINDS,
  capitalisedPhrase,
  describeGrade,
  formatGrade,
  fromImportedValue,
  linkSentence,
  otherEnd,
} from '../../../shared/model';
import { keyDetail } from '../table/rows';

export interface Fact {
  label: string;
  value: string;
}

const yesNo = (b: boolean) => (b ? 'Yes' : 'No');
const words = (s: string) => s.replace(/_/g, ' ');

function attrFacts(entity: Entity): Fact[] {
  switch (entity.kind) {
    case 'nominal': {
      const a = entity.attrs;
      const facts: Fact[] = [
        { label: 'Forenames', value: a.forenames },
        { label: 'Surname', value: a.surname },
        { label: 'Aliases', value: a.aliases.join(', ') },
        { label: 'Date of birth', value: a.dateOfBirth ?? '' },
        { label: 'Gender', value: a.gender ?? '' },
        { label: 'Roles', value: a.roles.join(', ') },
      ];
      const s = a.safeguarding;
      if (s) {
        facts.push(
          { label: 'Vulnerable', value: yesNo(s.vulnerable) },
          { label: 'Missing episodes', value: String(s.missingEpisodes) },
          { label: 'Looked after', value: yesNo(s.lookedAfter) },
          { label: 'Excluded or reduced timetable', value: yesNo(s.excludedOrReducedTimetable) },
          { label: 'Occupant of a cuckooed address', value: yesNo(s.cuckooedOccupant) },
          { label: 'CCE risk', value: s.cceRisk ?? '' },
          { label: 'CSE risk', value: s.cseRisk ?? '' },
          { label: 'Assessed by', value: [s.assessedBy, s.assessedOn].filter(Boolean).join(', ') },
          { label: 'Safeguarding notes', value: s.notes ?? '' },
        );
      }
      return facts;
    }
    case 'ocg':
    case 'usg':
      return [
        { label: 'Aliases', value: entity.attrs.aliases.join(', ') },
        { label: 'Area', value: entity.attrs.area ?? '' },
        { label: 'Activity', value: entity.attrs.activity ?? '' },
      ];
    case 'location': {
      const a = entity.attrs;
      const coords = a.lat !== undefined && a.lon !== undefined ? `${a.lat}, ${a.lon}` : '';
      return [
        { label: 'Address', value: a.address },
        { label: 'Postcode', value: a.postcode ?? '' },
        { label: 'Use', value: words(a.use) },
        { label: 'Coordinates', value: coords },
      ];
    }
    case 'phone':
      return [
        { label: 'Number', value: entity.attrs.number },
        { label: 'Deal-line brand', value: entity.attrs.dealLineBrand ?? '' },
        { label: 'Handset', value: entity.attrs.handset ?? '' },
      ];
    case 'vehicle':
      return [
        { label: 'Registration', value: entity.attrs.registration },
        {
          label: 'Vehicle',
          value: [entity.attrs.colour, entity.attrs.make, entity.attrs.model]
            .filter(Boolean)
            .join(' '),
        },
      ];
    case 'organisation':
      return [
        { label: 'Sector', value: entity.attrs.sector ?? '' },
        { label: 'Registered number', value: entity.attrs.registeredNumber ?? '' },
      ];
    case 'other':
      return [{ label: 'Type (from the source)', value: entity.attrs.type }];
  }
}

/** Attributes kept from an imported file, under the file's own names. */
function importedFacts(imported: Imported | undefined): Fact[] {
  return Object.entries(imported ?? {}).map(([name, value]) => {
    const plain = fromImportedValue(value);
    const text = typeof plain === 'boolean' ? yesNo(plain) : String(plain);
    return { label: `Imported: ${name}`, value: text };
  });
}

/** Every attribute of an entity in words, blanks shown as "not recorded" rather than hidden. */
export function entityFacts(entity: Entity): Fact[] {
  return [
    { label: 'Kind', value: ENTITY_KINDS[entity.kind].label },
    ...attrFacts(entity),
    { label: 'Classification', value: entity.classification },
    { label: 'Review date', value: entity.reviewDate ?? '' },
    { label: 'Notes', value: entity.notes },
    ...importedFacts(entity.imported),
  ];
}

export function gradeFact(grade: Grade | undefined): Fact {
  return grade
    ? { label: 'Grade', value: `${formatGrade(grade)}: ${describeGrade(grade)}` }
    : { label: 'Grade', value: '' };
}

export function linkFacts(link: Link, entities: ReadonlyMap<string, Entity>): Fact[] {
  const end = (id: string) => {
    const e = entities.get(id);
    return e ? `${e.label} (${keyDetail(e) || ENTITY_KINDS[e.kind].label})` : '(missing entity)';
  };
  const calls =
    link.callCount !== undefined ? `${link.callCount} calls, ${link.callSeconds ?? 0} s` : '';
  return [
    { label: 'Says', value: linkSentenceOf(link, entities) },
    { label: 'Kind', value: LINK_KINDS[link.kind].label },
    { label: LINK_KINDS[link.kind].directed ? 'From' : 'Between', value: end(link.source) },
    { label: LINK_KINDS[link.kind].directed ? 'To' : 'And', value: end(link.target) },
    { label: 'Label', value: link.label },
    { label: 'Strength', value: `${link.strength} of 5` },
    gradeFact(link.grade),
    { label: 'First seen', value: link.firstSeen ?? '' },
    { label: 'Last seen', value: link.lastSeen ?? '' },
    { label: 'Call records', value: calls },
    { label: 'Classification', value: link.classification },
    { label: 'Notes', value: link.notes },
    ...importedFacts(link.imported),
  ];
}

export function provenanceItems(ids: readonly string[], intel: ReadonlyMap<string, IntelItem>) {
  return ids.map((id) => ({ id, item: intel.get(id) }));
}

/** An entity's label by id, or a plain note when it is gone. */
export function entityFact(entities: ReadonlyMap<string, Entity>, id: string): string {
  return entities.get(id)?.label ?? '(missing entity)';
}

/** The link as one sentence from its source: "Leon Prestage exploits Kayden Rook". */
export function linkSentenceOf(link: Link, entities: ReadonlyMap<string, Entity>): string {
  return linkSentence(link, (id) => entityFact(entities, id));
}

/**
 * One line of an entity's link list, read from that entity: on the child's record "Is
 * exploited by Leon Prestage", on Leon's "Exploits Kayden Rook"; the link's own label after it.
 */
export function linkFromEntity(
  link: Link,
  entityId: string,
  entities: ReadonlyMap<string, Entity>,
): string {
  const phrase = `${capitalisedPhrase(link, entityId)} ${entityFact(entities, otherEnd(link, entityId))}`;
  return link.label ? `${phrase} (${link.label})` : phrase;
}
