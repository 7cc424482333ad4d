import type { EntityKind } from '../../model';
import { assembleAfter, type AssembleOptions, type RawEdge, type RawNode } from '../assemble';
import { parseTyped } from '../columns';
import { DATE_FIELDS } from '../fieldCodec';
import type { ReadLimits } from '../limits';
import { resolveContext, type GraphDocument, type ImportContext, type Scalar } from '../records';
import { failOne, guard, issue, type FormatIssue, type FormatResult } from '../result';
import { childrenNamed, firstChild, readXml, type XmlElement } from '../xml/readXml';
import { CardCollector, cardToIntel } from './anxCards';
import { indexesToGrade } from './anxGrades';
import { kindOfAnxType, linkKindOfAnxType } from './anxVocabulary';

export interface AnxReadOptions extends AssembleOptions, ReadLimits {
  /** The analyst's choice of kind for i2 entity types Linchpin does not recognise. */
  typeMap?: Record<string, EntityKind>;
}

function stringList(chart: XmlElement, name: string): string[] {
  const block = firstChild(chart, name);
  const collection = block && firstChild(block, 'StringCollection');
  return collection ? childrenNamed(collection, 'String').map((s) => s.attrs.Text ?? s.text) : [];
}

/** The Type of whatever style element draws the entity: icon, theme line, event frame, box... */
function entityType(entity: XmlElement): string | undefined {
  for (const child of entity.children) {
    const style = child.children.find((c) => c.name.endsWith('Style') && c.attrs.Type);
    if (style) return style.attrs.Type;
  }
  return undefined;
}

function attributeFields(
  item: XmlElement,
  classTypes: Map<string, string>,
  where: string,
  errors: FormatIssue[],
): Record<string, Scalar> {
  const fields: Record<string, Scalar> = {};
  const collection = firstChild(item, 'AttributeCollection');
  for (const a of collection ? childrenNamed(collection, 'Attribute') : []) {
    const name =
      a.attrs.AttributeClass ?? classTypes.get(`#${a.attrs.AttributeClassReference ?? ''}`) ?? '';
    const value = a.attrs.Value ?? a.text;
    if (!name) {
      errors.push(issue(where, 'It has an attribute with no attribute class.'));
      continue;
    }
    const type = classTypes.get(name) ?? 'AttText';
    const parsed =
      type === 'AttNumber'
        ? parseTyped(value, 'double')
        : type === 'AttFlag'
          ? parseTyped(value, 'boolean')
          : type === 'AttTime' && DATE_FIELDS.has(name)
            ? value.slice(0, 10)
            : value;
    if (parsed === undefined)
      errors.push(
        issue(
          where,
          `The ${name} value "${value.slice(0, 40)}" is not a valid ${type === 'AttFlag' ? 'flag' : 'number'}.`,
        ),
      );
    else fields[name] = parsed;
  }
  return fields;
}

/**
 * Reads an i2 ANX chart: entities (any representation) with their type mapped to a kind, links
 * by End1Id/End2Id, typed attributes, grades, and graded cards as intelligence items.
 */
export function readAnx(
  bytes: Uint8Array,
  context: ImportContext,
  options: AnxReadOptions = {},
): FormatResult<GraphDocument> {
  return guard('ANX file', () => {
    const xml = readXml(bytes, options);
    if (!xml.ok) return xml;
    const chart = xml.value;
    if (chart.name !== 'Chart')
      return failOne(
        'file',
        `This is not an i2 ANX chart: the outer element is <${chart.name}>, not <Chart>.`,
      );
    const ctx = resolveContext(context);
    const lists = {
      one: stringList(chart, 'GradeOne'),
      two: stringList(chart, 'GradeTwo'),
      three: stringList(chart, 'GradeThree'),
    };
    const classTypes = new Map<string, string>();
    for (const ac of childrenNamed(
      firstChild(chart, 'AttributeClassCollection') ?? chart,
      'AttributeClass',
    )) {
      const name = ac.attrs.Name ?? '';
      classTypes.set(name, ac.attrs.Type ?? 'AttText');
      if (ac.attrs.Id) classTypes.set(`#${ac.attrs.Id}`, name);
    }
    const cards = new CardCollector(ctx);
    const errors: FormatIssue[] = [];
    const unknownTypes = new Set<string>();
    const nodes: RawNode[] = [];
    const edges: RawEdge[] = [];

    const readCards = (holder: XmlElement, where: string, fields: Record<string, Scalar>) => {
      const provenance: string[] = [];
      const notes: string[] = [];
      for (const card of childrenNamed(firstChild(holder, 'CardCollection') ?? holder, 'Card')) {
        const reading = cardToIntel(card, lists, ctx);
        if (reading.kind === 'intel') provenance.push(cards.add(reading, where));
        else notes.push(reading.text);
      }
      if (typeof fields.provenanceIds === 'string') {
        try {
          provenance.push(...(JSON.parse(fields.provenanceIds) as string[]));
        } catch {
          errors.push(issue(where, 'The provenanceIds attribute is not readable.'));
        }
        delete fields.provenanceIds;
      }
      if (provenance.length) fields.provenance = JSON.stringify(provenance);
      if (notes.length) fields.notes = [fields.notes, ...notes].filter(Boolean).join('\n');
    };

    const items = childrenNamed(firstChild(chart, 'ChartItemCollection') ?? chart, 'ChartItem');
    items.forEach((item, i) => {
      const label = item.attrs.Label ?? '';
      const entity = firstChild(firstChild(item, 'End') ?? item, 'Entity');
      const link = firstChild(item, 'Link');
      const where = `chart item ${i + 1}${label ? ` "${label.slice(0, 40)}"` : ''}`;
      const fields = attributeFields(item, classTypes, where, errors);
      if (label) fields.label = label;
      if (item.attrs.Description) fields.notes = item.attrs.Description;
      if (entity) {
        const key = entity.attrs.EntityId ?? entity.attrs.Identity;
        const type = entityType(entity) ?? '';
        const kind = kindOfAnxType(type, options.typeMap);
        if (!kind) unknownTypes.add(type || '(no type)');
        if (!key) return void errors.push(issue(where, 'The entity has no EntityId or Identity.'));
        fields.kind = kind ?? 'nominal';
        readCards(entity, where, fields);
        nodes.push({ key, identity: entity.attrs.Identity ?? key, fields, where });
      } else if (link) {
        const { End1Id: source, End2Id: target } = link.attrs;
        if (!source || !target)
          return void errors.push(issue(where, 'The link needs both End1Id and End2Id.'));
        if (source === target)
          return void errors.push(
            issue(where, 'The link joins an entity to itself, which Linchpin does not hold.'),
          );
        const type = firstChild(link, 'LinkStyle')?.attrs.Type ?? '';
        fields.kind = linkKindOfAnxType(type) ?? 'associate';
        if (type && !linkKindOfAnxType(type) && fields.label === undefined) fields.label = type;
        const conditions =
          typeof fields.gradeConditions === 'string' ? fields.gradeConditions : undefined;
        delete fields.gradeConditions;
        const grade = indexesToGrade(item.attrs, lists, conditions);
        if (grade) fields.grade = JSON.stringify(grade);
        if (fields.firstSeen === undefined && item.attrs.DateSet === 'true' && item.attrs.DateTime)
          fields.firstSeen = item.attrs.DateTime.slice(0, 10);
        readCards(link, where, fields);
        edges.push({
          key: (item.attrs.Id ?? '').replace(/^CI_/, ''),
          source,
          target,
          fields,
          where,
        });
      }
    });
    if (unknownTypes.size) {
      errors.push(
        issue(
          'chart',
          `The chart uses entity types Linchpin has no kind for: ${[...unknownTypes].map((t) => `"${t}"`).join(', ')}. Choose a kind for each and import again.`,
        ),
      );
    }
    return assembleAfter(errors, { nodes, edges, intel: cards.candidates }, ctx, options);
  });
}
