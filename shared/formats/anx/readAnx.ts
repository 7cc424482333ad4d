import { isDirectedKind, type EntityKind, type LinkKind } from '../../model';
import { assembleAfter, type AssembleOptions, type RawEdge, type RawNode } from '../assemble';
import { splitValues } from '../fieldCodec';
import type { ReadLimits } from '../limits';
import {
  resolveContext,
  type GraphDocument,
  type ImportContext,
  type Scalar,
  type TypeUse,
} from '../records';
import { failOne, guard, issue, type FormatIssue, type FormatResult } from '../result';
import { clip, plural, WarningLog } from '../warnings';
import { childrenNamed, firstChild, readXml, type XmlElement } from '../xml/readXml';
import { attributeClasses, attributeValues, OWN_ID_CLASS, OWN_KIND_CLASS } from './anxAttributes';
import { CardCollector, cardToIntel } from './anxCards';
import { formatIndexes, indexesToGrade } from './anxGrades';
import { endsReversed, linkKindOfText } from './anxLinkWords';
import { chooseKind, type TypeMap } from './anxTypes';
import { linkKindOfAnxType } from './anxVocabulary';

export interface AnxReadOptions extends AssembleOptions, ReadLimits {
  /** The analyst's kind (or "skip") for each i2 entity type, from the mapping step. */
  typeMap?: TypeMap;
}

function stringList(chart: XmlElement, name: string): string[] {
  const block = firstChild(chart, name);
  const collection = block && firstChild(block, 'StringCollection');
  return collection ? childrenNamed(collection, 'String').map((s) => s.attrs.Text ?? s.text) : [];
}

/** Every chart item, from every ChartItemCollection (ANB-style charts keep links in their own). */
function chartItems(chart: XmlElement): XmlElement[] {
  return childrenNamed(chart, 'ChartItemCollection').flatMap((c) => childrenNamed(c, 'ChartItem'));
}

/** How the entity is drawn (Icon, Box, Circle, ThemeLine, EventFrame, TextBlock, Label) and its type. */
function representation(entity: XmlElement): { name?: string; type?: string } {
  for (const child of entity.children) {
    if (child.name === 'CardCollection') continue;
    const style = child.children.find((c) => c.name.endsWith('Style'));
    return { name: child.name, ...(style?.attrs.Type ? { type: style.attrs.Type } : {}) };
  }
  return {};
}

const num = (text: string | undefined) =>
  text !== undefined && text.trim() !== '' && Number.isFinite(Number(text))
    ? Number(text)
    : undefined;

/**
 * Reads an i2 ANX chart from Analyst's Notebook or another generator: entities in any
 * representation with their type mapped to a kind (the analyst's mapping, a known name, else the
 * icon family, else "other" with the type kept), links from every ChartItemCollection with their
 * direction and words, positions, dates, grades, source references, attributes and cards.
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
    const classTypes = attributeClasses(chart);
    const own = classTypes.has(OWN_ID_CLASS);
    const iconOfType = new Map(
      childrenNamed(firstChild(chart, 'EntityTypeCollection') ?? chart, 'EntityType').map((t) => [
        t.attrs.Name ?? '',
        t.attrs.IconFile,
      ]),
    );
    const strengthNames = new Map(
      childrenNamed(firstChild(chart, 'StrengthCollection') ?? chart, 'Strength').map((s) => [
        s.attrs.Id ?? '',
        s.attrs.Name ?? '',
      ]),
    );
    const cards = new CardCollector(ctx);
    const errors: FormatIssue[] = [];
    const warnings = new WarningLog();
    const nodes: RawNode[] = [];
    const edges: RawEdge[] = [];
    const keyOfRef = new Map<string, string>();
    const kindOfKey = new Map<string, EntityKind>();
    const skipped = new Set<string>();
    const types = new Map<string, TypeUse>();

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
    /** Dates, grades and source references other charts keep on the chart item itself. */
    const itemFacts = (item: XmlElement, imported: Record<string, Scalar>) => {
      const a = item.attrs;
      if (a.SourceReference) imported['Source reference'] = a.SourceReference;
      if (a.SourceType) imported['Source type'] = a.SourceType;
      if (a.DateSet === 'true' && a.DateTime)
        imported[a.TimeSet === 'true' ? 'Date and time' : 'Date'] =
          a.TimeSet === 'true' ? a.DateTime : a.DateTime.slice(0, 10);
    };

    const items = chartItems(chart);
    items.forEach((item, i) => {
      const entity = firstChild(firstChild(item, 'End') ?? item, 'Entity');
      if (!entity) {
        if (!firstChild(item, 'Link'))
          warnings.add(
            'anx-annotation',
            (n) =>
              `${plural(n, 'chart item')} ${n === 1 ? 'was a free-standing label' : 'were free-standing labels'} (annotations, neither entity nor link) and ${n === 1 ? 'was' : 'were'} not imported.`,
            `chart item ${i + 1}${item.attrs.Label ? ` "${clip(item.attrs.Label)}"` : ''}`,
          );
        return;
      }
      const label = item.attrs.Label ?? '';
      const where = `chart item ${i + 1}${label ? ` "${clip(label)}"` : ''}`;
      const values = attributeValues(item, classTypes, where, warnings);
      const ownId = own ? values[OWN_ID_CLASS] : undefined;
      delete values[OWN_ID_CLASS];
      const key =
        (typeof ownId === 'string' ? ownId : undefined) ??
        entity.attrs.EntityId ??
        entity.attrs.Identity ??
        item.attrs.Id;
      if (!key) return void errors.push(issue(where, 'The entity has no EntityId or Identity.'));
      for (const ref of [entity.attrs.EntityId, entity.attrs.Identity, item.attrs.Id])
        if (ref !== undefined && !keyOfRef.has(ref)) keyOfRef.set(ref, key);
      const rep = representation(entity);
      const type = rep.type ?? '';
      const icon = iconOfType.get(type) ?? undefined;
      const ownKind = own ? values[OWN_KIND_CLASS] : undefined;
      delete values[OWN_KIND_CLASS];
      const chosen = chooseKind(
        {
          type: type || '(no type)',
          ...(icon ? { icon } : {}),
          ...(rep.name ? { representation: rep.name } : {}),
        },
        typeof ownKind === 'string' && ownKind
          ? { ...options.typeMap, [type || '(no type)']: ownKind as EntityKind }
          : options.typeMap,
      );
      const use = types.get(type || '(no type)') ?? {
        type: type || '(no type)',
        ...(icon ? { icon } : rep.name && rep.name !== 'Icon' ? { icon: rep.name } : {}),
        count: 0,
        kind: chosen.choice === 'skip' ? 'other' : chosen.choice,
        by: chosen.by,
      };
      use.count += 1;
      types.set(use.type, use);
      if (chosen.choice === 'skip') {
        skipped.add(key);
        warnings.add(
          'anx-skipped-type',
          (n) =>
            `${plural(n, 'chart item')} of types you chose to leave out ${n === 1 ? 'was' : 'were'} not imported.`,
          where,
        );
        return;
      }
      const { fields, imported } = splitValues(values, 'node', own);
      fields.kind = chosen.choice;
      kindOfKey.set(key, chosen.choice);
      if (chosen.choice === 'other') fields.type = type.slice(0, 200);
      fields.label = label || entity.attrs.Identity || key;
      if (item.attrs.Description) fields.notes = item.attrs.Description;
      if (!own) {
        if (type) imported['i2 type'] = type;
        if (icon) imported['i2 icon'] = icon;
        if (rep.name && rep.name !== 'Icon') imported['i2 representation'] = rep.name;
        itemFacts(item, imported);
        const grade = formatIndexes(item.attrs, lists);
        if (grade) imported.Grade = grade;
      }
      const back = firstChild(firstChild(item, 'CIStyle') ?? item, 'Font')?.attrs.BackColour;
      const argb = back ? /^#?(?:[0-9a-f]{2})?([0-9a-f]{6})$/i.exec(back) : null;
      if (argb?.[1] && !own) imported['layout.colour'] = `#${argb[1].toUpperCase()}`;
      const end = firstChild(item, 'End');
      const x = num(item.attrs.XPosition) ?? num(end?.attrs.X);
      const y = num(end?.attrs.Y);
      if (x !== undefined) imported['layout.x'] = x;
      if (y !== undefined) imported['layout.y'] = y;
      readCards(entity, where, fields);
      nodes.push({
        key,
        ...(entity.attrs.Identity && !own ? { identity: entity.attrs.Identity } : {}),
        ...(own && entity.attrs.Identity && entity.attrs.Identity !== key
          ? { sourceId: entity.attrs.Identity }
          : {}),
        fields,
        imported,
        where,
      });
    });

    items.forEach((item, i) => {
      const link = firstChild(item, 'Link');
      if (!link) return;
      const label = item.attrs.Label ?? '';
      const where = `chart item ${i + 1}${label ? ` "${clip(label)}"` : ''}`;
      const end1 = link.attrs.End1Id ?? link.attrs.End1Reference;
      const end2 = link.attrs.End2Id ?? link.attrs.End2Reference;
      if (!end1 || !end2)
        return void errors.push(issue(where, 'The link needs both End1Id and End2Id.'));
      let source = keyOfRef.get(end1) ?? end1;
      let target = keyOfRef.get(end2) ?? end2;
      if (skipped.has(source) || skipped.has(target)) {
        warnings.add(
          'anx-skipped-link',
          (n) =>
            `${plural(n, 'link')} to items you chose to leave out ${n === 1 ? 'was' : 'were'} not imported.`,
          where,
        );
        return;
      }
      const values = attributeValues(item, classTypes, where, warnings);
      const ownId = own ? values[OWN_ID_CLASS] : undefined;
      delete values[OWN_ID_CLASS];
      const { fields, imported } = splitValues(values, 'edge', own);
      const style = firstChild(link, 'LinkStyle');
      const styleType = style?.attrs.Type ?? '';
      const arrow = style?.attrs.ArrowStyle ?? 'ArrowNone';
      if (arrow === 'ArrowOnTail') [source, target] = [target, source];
      let kind: LinkKind | undefined;
      if (own) {
        kind = linkKindOfAnxType(styleType);
        if (label) fields.label = label;
      } else {
        const words = label || (styleType !== 'Link' ? styleType : '');
        kind = linkKindOfText(words, {
          source: kindOfKey.get(source),
          target: kindOfKey.get(target),
        });
        if (!kind && words) fields.label = words.slice(0, 300);
        if (styleType && styleType !== 'Link') imported['i2 link type'] = styleType;
        const strength = style?.attrs.Strength;
        if (strength) imported.Strength = strengthNames.get(strength) ?? strength;
        itemFacts(item, imported);
        delete imported.Date;
        if (
          kind &&
          endsReversed(kind, { source: kindOfKey.get(source), target: kindOfKey.get(target) })
        )
          [source, target] = [target, source];
      }
      fields.kind = kind ?? 'associate';
      if (item.attrs.Description) fields.notes = item.attrs.Description;
      const conditions =
        typeof fields.gradeConditions === 'string' ? fields.gradeConditions : undefined;
      delete fields.gradeConditions;
      const grade = indexesToGrade(item.attrs, lists, conditions);
      if (grade) fields.grade = JSON.stringify(grade);
      if (fields.firstSeen === undefined && item.attrs.DateSet === 'true' && item.attrs.DateTime)
        fields.firstSeen = item.attrs.DateTime.slice(0, 10);
      readCards(link, where, fields);
      const directed = arrow === 'ArrowOnHead' || arrow === 'ArrowOnTail';
      edges.push({
        key: typeof ownId === 'string' ? ownId : (item.attrs.Id ?? '').replace(/^CI_/, ''),
        source,
        target,
        fields,
        imported,
        ...(own || isDirectedKind(fields.kind as LinkKind) ? {} : { directed }),
        where,
      });
    });
    return assembleAfter(
      errors,
      { nodes, edges, intel: cards.candidates, warnings, types: [...types.values()] },
      ctx,
      options,
    );
  });
}
