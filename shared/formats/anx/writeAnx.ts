import { LINK_KINDS, isDirectedKind, isWeakGrade, type IntelItem, type Link } from '../../model';
import { formatValue, inferColumnTypes, type ColumnType } from '../columns';
import { exportFields, type ExportOptions } from '../exportFields';
import { DATE_FIELDS, INSTANT_FIELDS } from '../fieldCodec';
import type { GraphDocument, Scalar } from '../records';
import { failOne, ok, type FormatResult } from '../result';
import { el, writeXmlDocument, type XmlNode } from '../xml/writeXml';
import { intelToCard } from './anxCards';
import { GRADE_ONE, GRADE_THREE, GRADE_TWO, gradeToIndexes } from './anxGrades';
import { ANX_TYPE_OF_KIND } from './anxVocabulary';

/**
 * Writes an i2 Analyst's Notebook exchange chart (ANX, LCX schema). Chart children follow the
 * schema's sequence: StrengthCollection, GradeOne, GradeTwo, GradeThree,
 * AttributeClassCollection, EntityTypeCollection, LinkTypeCollection, ChartItemCollection.
 * Within a chart item: End/Link, then AttributeCollection; cards sit inside Entity after the
 * icon, and inside Link before LinkStyle.
 *
 * Unsure of the schema, without a schema file or Analyst's Notebook to test against:
 * ApplicationVersion, fonts and palettes are omitted as optional; EntityId values are our
 * record ids rather than numbers; AttTime values carry a trailing "Z" for instants.
 */

/** Fields carried by the chart item itself (label, icon type, grades, cards) rather than attributes. */
const NOT_ATTRIBUTES = new Set(['label', 'kind', 'notes', 'grade', 'provenance']);
const ATT_TYPE: Record<ColumnType, string> = {
  boolean: 'AttFlag',
  int: 'AttNumber',
  double: 'AttNumber',
  string: 'AttText',
};
const STRENGTHS = { firm: 'Confirmed', weak: 'Unconfirmed' };

function attributeType(name: string, type: ColumnType): string {
  return DATE_FIELDS.has(name) || INSTANT_FIELDS.has(name) ? 'AttTime' : ATT_TYPE[type];
}

function attributeValue(name: string, value: Scalar): string {
  if (DATE_FIELDS.has(name) && typeof value === 'string') return `${value}T00:00:00`;
  return formatValue(value);
}

function attributes(row: Record<string, Scalar>, classIds: Map<string, string>): XmlNode | false {
  const items = Object.entries(row)
    .filter(([name]) => !NOT_ATTRIBUTES.has(name))
    .map(([name, value]) =>
      el('Attribute', {
        AttributeClass: name,
        AttributeClassReference: classIds.get(name),
        Value: attributeValue(name, value),
      }),
    );
  return items.length > 0 && el('AttributeCollection', {}, items);
}

function cardsFor(provenance: readonly string[], intel: Map<string, IntelItem>): XmlNode | false {
  const cards = provenance.flatMap((id) => {
    const item = intel.get(id);
    return item ? [intelToCard(item)] : [];
  });
  return cards.length > 0 && el('CardCollection', {}, cards);
}

function strings(name: string, texts: string[], prefix: string): XmlNode {
  return el(name, {}, [
    el(
      'StringCollection',
      {},
      texts.map((t, i) => el('String', { Id: `${prefix}${i}`, Text: t })),
    ),
  ]);
}

export function writeAnx(doc: GraphDocument, options: ExportOptions = {}): FormatResult<string> {
  const loop = doc.records.links.find((l) => l.source === l.target);
  if (loop)
    return failOne(
      `link ${loop.id}`,
      'i2 charts cannot hold a link from an entity to itself; remove it before exporting.',
    );
  const fields = exportFields(doc, options);
  if (!fields.ok) return fields;
  const { nodes, links, nodeIds } = fields.value;
  const intel = new Map(doc.records.intel.map((i) => [i.id, i]));
  // Provenance pointing at items not in the export cannot become cards; keep the ids as text.
  const keepIds = (row: Record<string, Scalar>, provenance: string[]) => {
    const missing = provenance.filter((id) => !intel.has(id));
    if (missing.length) row.provenanceIds = JSON.stringify(missing);
  };
  doc.records.entities.forEach((e) => keepIds(nodes.get(e.id) ?? {}, e.provenance));
  doc.records.links.forEach((l) => keepIds(links.get(l.id) ?? {}, l.provenance));
  doc.records.links.forEach((l) => {
    const row = links.get(l.id);
    if (row && l.grade?.conditions) row.gradeConditions = l.grade.conditions;
  });

  const types = inferColumnTypes([...nodes.values(), ...links.values()]);
  const classIds = new Map<string, string>();
  const classes = [...types]
    .filter(([name]) => !NOT_ATTRIBUTES.has(name))
    .map(([name, type], i) => {
      classIds.set(name, `AC${i}`);
      return el('AttributeClass', {
        Id: `AC${i}`,
        Name: name,
        Type: attributeType(name, type),
        IsUser: true,
        UserCanAdd: true,
        UserCanRemove: true,
        ShowValue: true,
      });
    });
  const entityTypes = [...new Set(doc.records.entities.map((e) => ANX_TYPE_OF_KIND[e.kind]))];
  const linkTypes = [...new Set(doc.records.links.map((l) => LINK_KINDS[l.kind].label))];

  const entityItems = doc.records.entities.map((e, i) => {
    const id = nodeIds.get(e.id) ?? e.id;
    return el(
      'ChartItem',
      {
        Id: `CI_${id}`,
        Label: e.label,
        Description: e.notes || undefined,
        DateSet: false,
        XPosition: (i % 20) * 120,
      },
      [
        el('End', { X: (i % 20) * 120, Y: Math.floor(i / 20) * 120, Z: 0 }, [
          el('Entity', { EntityId: id, Identity: id, LabelIsIdentity: false }, [
            el('Icon', {}, [el('IconStyle', { Type: ANX_TYPE_OF_KIND[e.kind] })]),
            cardsFor(e.provenance, intel),
          ]),
        ]),
        attributes(nodes.get(e.id) ?? {}, classIds),
      ],
    );
  });
  const linkItem = (l: Link) =>
    el(
      'ChartItem',
      {
        Id: `CI_${l.id}`,
        Label: l.label,
        Description: l.notes || undefined,
        DateSet: Boolean(l.firstSeen),
        TimeSet: false,
        DateTime: l.firstSeen ? `${l.firstSeen}T00:00:00` : undefined,
        ...(l.grade ? gradeToIndexes(l.grade) : {}),
      },
      [
        el(
          'Link',
          { End1Id: nodeIds.get(l.source) ?? l.source, End2Id: nodeIds.get(l.target) ?? l.target },
          [
            cardsFor(l.provenance, intel),
            el('LinkStyle', {
              Type: LINK_KINDS[l.kind].label,
              ArrowStyle: isDirectedKind(l.kind) ? 'ArrowOnHead' : 'ArrowNone',
              Strength: isWeakGrade(l.grade) ? STRENGTHS.weak : STRENGTHS.firm,
              MlStyle: 'MultiplicityMultiple',
            }),
          ],
        ),
        attributes(links.get(l.id) ?? {}, classIds),
      ],
    );

  const chart = el('Chart', { IdReferenceLinking: false }, [
    el('StrengthCollection', {}, [
      el('Strength', { Id: 'S0', Name: STRENGTHS.firm, DotStyle: 'DotStyleSolid' }),
      el('Strength', { Id: 'S1', Name: STRENGTHS.weak, DotStyle: 'DotStyleDashed' }),
    ]),
    strings('GradeOne', GRADE_ONE, 'G1_'),
    strings('GradeTwo', GRADE_TWO, 'G2_'),
    strings('GradeThree', GRADE_THREE, 'G3_'),
    classes.length > 0 && el('AttributeClassCollection', {}, classes),
    el(
      'EntityTypeCollection',
      {},
      entityTypes.map((t) =>
        el('EntityType', { Name: t, IconFile: t, PreferredRepresentation: 'RepresentAsIcon' }),
      ),
    ),
    el(
      'LinkTypeCollection',
      {},
      linkTypes.map((t) => el('LinkType', { Name: t, Colour: 0 })),
    ),
    el('ChartItemCollection', {}, [...entityItems, ...doc.records.links.map(linkItem)]),
  ]);
  return ok(writeXmlDocument(chart));
}
