import {
  LINK_KINDS,
  isDirectedKind,
  isWeakGrade,
  type Entity,
  type IntelItem,
  type Link,
} from '../../model';
import { formatValue, inferColumnTypes, type ColumnType } from '../columns';
import { exportFields, placements, type ExportOptions } from '../exportFields';
import { DATE_FIELDS, INSTANT_FIELDS } from '../fieldCodec';
import type { GraphDocument, Scalar } from '../records';
import { failOne, ok, type FormatResult } from '../result';
import { el, writeXmlDocument, type XmlNode } from '../xml/writeXml';
import { OWN_ID_CLASS, OWN_KIND_CLASS } from './anxAttributes';
import { intelToCard } from './anxCards';
import { GRADE_ONE, GRADE_THREE, GRADE_TWO, gradeToIndexes } from './anxGrades';
import { localDay, localTime } from './anxTime';
import { ANX_ICON_OF_KIND, ANX_TYPE_OF_KIND } from './anxVocabulary';

/** The Linchpin release written as the chart's ApplicationVersion. */
export const APPLICATION_VERSION = { Major: 0, Minor: 1, Point: 0, Build: 0 };

export interface AnxOptions extends ExportOptions {
  /** The zone whose clock times are written (charts hold local times). */
  timeZone?: string;
}

/** Fields carried by the chart item itself (label, icon type, grades, cards, place) rather than attributes. */
const NOT_ATTRIBUTES = new Set(['label', 'kind', 'notes', 'grade', 'provenance', 'type']);
const ATT_TYPE: Record<ColumnType, string> = {
  boolean: 'AttFlag',
  int: 'AttNumber',
  double: 'AttNumber',
  string: 'AttText',
};
const STRENGTHS = { firm: 'Confirmed', weak: 'Unconfirmed' };
const isAttribute = (name: string) =>
  !NOT_ATTRIBUTES.has(name) && !name.startsWith('layout.') && !name.startsWith('i2 ');

/**
 * Writes an i2 Analyst's Notebook exchange chart (ANX) in the shape Analyst's Notebook writes:
 * ApplicationVersion first, then StrengthCollection, GradeOne, GradeTwo, GradeThree,
 * AttributeClassCollection, EntityTypeCollection, LinkTypeCollection, ChartItemCollection.
 * ChartItem ids are XML names (I1, I2...), EntityIds whole numbers, times local clock times
 * without a zone, entities where the workspace (or the source chart) placed them, with the
 * source chart's own types and icons where the record came from one; no empty attributes.
 * Each item carries its Linchpin record id, which also marks the chart as ours when read back.
 *
 * Unsure of the schema, without a schema file or Analyst's Notebook to test against: where
 * ApplicationVersion sits and its attribute names follow charts we have seen, not a schema.
 */
export function writeAnx(doc: GraphDocument, options: AnxOptions = {}): FormatResult<string> {
  const loop = doc.records.links.find((l) => l.source === l.target);
  if (loop)
    return failOne(
      `link ${loop.id}`,
      'i2 charts cannot hold a link from an entity to itself; remove it before exporting.',
    );
  const fields = exportFields(doc, options);
  if (!fields.ok) return fields;
  const { nodes, links, nodeIds } = fields.value;
  const zone = options.timeZone ?? 'Europe/London';
  const intel = new Map(doc.records.intel.map((i) => [i.id, i]));
  const keepIds = (row: Record<string, Scalar>, provenance: string[]) => {
    const missing = provenance.filter((id) => !intel.has(id));
    if (missing.length) row.provenanceIds = JSON.stringify(missing);
  };
  doc.records.entities.forEach((e) => {
    const row = nodes.get(e.id) ?? {};
    keepIds(row, e.provenance);
    row[OWN_ID_CLASS] = e.id;
    row[OWN_KIND_CLASS] = e.kind;
  });
  doc.records.links.forEach((l) => {
    const row = links.get(l.id) ?? {};
    keepIds(row, l.provenance);
    if (l.grade?.conditions) row.gradeConditions = l.grade.conditions;
    row[OWN_ID_CLASS] = l.id;
  });

  const attType = (name: string, type: ColumnType) =>
    DATE_FIELDS.has(name) || INSTANT_FIELDS.has(name) ? 'AttTime' : ATT_TYPE[type];
  const attValue = (name: string, value: Scalar) => {
    if (DATE_FIELDS.has(name) && typeof value === 'string') return localDay(value);
    if (INSTANT_FIELDS.has(name) && typeof value === 'string') return localTime(value, zone);
    return formatValue(value, 'java');
  };
  const types = inferColumnTypes([...nodes.values(), ...links.values()]);
  const classIds = new Map<string, string>();
  const classes = [...types]
    .filter(([name]) => isAttribute(name))
    .map(([name, type], i) => {
      classIds.set(name, `AC${i + 1}`);
      return el('AttributeClass', {
        Id: `AC${i + 1}`,
        Name: name,
        Type: attType(name, type),
        IsUser: true,
        UserCanAdd: true,
        UserCanRemove: true,
        ShowValue: name !== OWN_ID_CLASS && name !== OWN_KIND_CLASS,
      });
    });
  const attributes = (row: Record<string, Scalar>): XmlNode | false => {
    const items = Object.entries(row)
      .filter(([name, value]) => isAttribute(name) && value !== '')
      .map(([name, value]) =>
        el('Attribute', {
          AttributeClass: name,
          AttributeClassReference: classIds.get(name),
          Value: attValue(name, value),
        }),
      );
    return items.length > 0 && el('AttributeCollection', {}, items);
  };
  const cardsFor = (provenance: readonly string[]): XmlNode | false => {
    const cards = provenance.flatMap((id) => {
      const item: IntelItem | undefined = intel.get(id);
      return item ? [intelToCard(item)] : [];
    });
    return cards.length > 0 && el('CardCollection', {}, cards);
  };

  const typeOf = (e: Entity) => {
    const source = e.imported?.['i2 type'];
    if (typeof source === 'string' && source) return source;
    return e.kind === 'other' && e.attrs.type ? e.attrs.type : ANX_TYPE_OF_KIND[e.kind];
  };
  const iconOf = (e: Entity) => {
    const source = e.imported?.['i2 icon'];
    return typeof source === 'string' && source ? source : ANX_ICON_OF_KIND[e.kind];
  };
  const entityTypes = new Map<string, string>();
  for (const e of doc.records.entities)
    if (!entityTypes.has(typeOf(e))) entityTypes.set(typeOf(e), iconOf(e));
  const linkTypes = [...new Set(doc.records.links.map((l) => LINK_KINDS[l.kind].label))];
  const places = placements(doc, nodes, options.positions);
  const entityNumber = new Map(doc.records.entities.map((e, i) => [e.id, i + 1]));
  let itemNumber = 0;

  const entityItem = (e: Entity) => {
    const at = places.get(e.id) ?? { x: 0, y: 0 };
    const [x, y] = [Math.round(at.x), Math.round(at.y)];
    return el(
      'ChartItem',
      {
        Id: `I${++itemNumber}`,
        Label: e.label,
        Description: e.notes || undefined,
        DateSet: false,
        XPosition: x,
      },
      [
        el('End', { X: x, Y: y, Z: 0 }, [
          el(
            'Entity',
            {
              EntityId: entityNumber.get(e.id),
              Identity: nodeIds.get(e.id) ?? e.id,
              LabelIsIdentity: false,
            },
            [el('Icon', {}, [el('IconStyle', { Type: typeOf(e) })]), cardsFor(e.provenance)],
          ),
        ]),
        attributes(nodes.get(e.id) ?? {}),
      ],
    );
  };
  const linkItem = (l: Link) => {
    const directed = isDirectedKind(l.kind) || l.imported?.directed === true;
    return el(
      'ChartItem',
      {
        Id: `I${++itemNumber}`,
        Label: l.label || undefined,
        Description: l.notes || undefined,
        DateSet: Boolean(l.firstSeen),
        TimeSet: l.firstSeen ? false : undefined,
        DateTime: l.firstSeen ? localDay(l.firstSeen) : undefined,
        ...(l.grade ? gradeToIndexes(l.grade) : {}),
      },
      [
        el('Link', { End1Id: entityNumber.get(l.source), End2Id: entityNumber.get(l.target) }, [
          cardsFor(l.provenance),
          el('LinkStyle', {
            Type: LINK_KINDS[l.kind].label,
            ArrowStyle: directed ? 'ArrowOnHead' : 'ArrowNone',
            Strength: isWeakGrade(l.grade) ? STRENGTHS.weak : STRENGTHS.firm,
            MlStyle: 'MultiplicityMultiple',
          }),
        ]),
        attributes(links.get(l.id) ?? {}),
      ],
    );
  };

  const chart = el('Chart', { IdReferenceLinking: false, UseLocalTimeZone: true }, [
    el('ApplicationVersion', APPLICATION_VERSION),
    el('StrengthCollection', {}, [
      el('Strength', { Id: 'S1', Name: STRENGTHS.firm, DotStyle: 'DotStyleSolid' }),
      el('Strength', { Id: 'S2', Name: STRENGTHS.weak, DotStyle: 'DotStyleDashed' }),
    ]),
    strings('GradeOne', GRADE_ONE, 'GA'),
    strings('GradeTwo', GRADE_TWO, 'GB'),
    strings('GradeThree', GRADE_THREE, 'GC'),
    classes.length > 0 && el('AttributeClassCollection', {}, classes),
    el(
      'EntityTypeCollection',
      {},
      [...entityTypes].map(([t, icon]) =>
        el('EntityType', { Name: t, IconFile: icon, PreferredRepresentation: 'RepresentAsIcon' }),
      ),
    ),
    el(
      'LinkTypeCollection',
      {},
      linkTypes.map((t) => el('LinkType', { Name: t, Colour: 0 })),
    ),
    el('ChartItemCollection', {}, [
      ...doc.records.entities.map(entityItem),
      ...doc.records.links.map(linkItem),
    ]),
  ]);
  return ok(writeXmlDocument(chart));
}

function strings(name: string, texts: string[], prefix: string): XmlNode {
  return el(name, {}, [
    el(
      'StringCollection',
      {},
      texts.map((t, i) => el('String', { Id: `${prefix}${i + 1}`, Text: t })),
    ),
  ]);
}
