import { classificationSchema, isRealDate, type IntelItem } from '../../model';
import type { Candidate, ResolvedContext } from '../records';
import { el, type XmlNode } from '../xml/writeXml';
import type { XmlElement } from '../xml/readXml';
import { gradeToIndexes, indexesToGrade } from './anxGrades';

/**
 * Intelligence items travel as i2 cards on the entities and links that rest on them: reference,
 * date, grade and summary in the card's own fields; the handling conditions and classification,
 * which cards have no field for, as closing lines of the card text.
 */
const CONDITIONS = 'Handling conditions: ';
const CLASSIFICATION = 'Classification: ';

export function intelToCard(item: IntelItem): XmlNode {
  const trailer = [
    item.grade.conditions ? `${CONDITIONS}${item.grade.conditions.replace(/\n/g, ' ')}` : undefined,
    `${CLASSIFICATION}${item.classification}`,
  ].filter(Boolean);
  return el('Card', {
    Summary: item.reference,
    SourceReference: item.reference,
    SourceType: 'Intelligence report',
    DateSet: true,
    TimeSet: false,
    DateTime: `${item.date}T00:00:00`,
    ...gradeToIndexes(item.grade),
    Text: [item.summary, ...trailer].join('\n'),
  });
}

interface GradeLists {
  one: readonly string[];
  two: readonly string[];
  three: readonly string[];
}

function splitTrailer(text: string): {
  summary: string;
  conditions?: string;
  classification?: string;
} {
  const lines = text.split('\n');
  const out: { summary: string; conditions?: string; classification?: string } = { summary: '' };
  while (lines.length) {
    const last = lines[lines.length - 1] ?? '';
    if (last.startsWith(CLASSIFICATION) && out.classification === undefined)
      out.classification = last.slice(CLASSIFICATION.length);
    else if (last.startsWith(CONDITIONS) && out.conditions === undefined)
      out.conditions = last.slice(CONDITIONS.length);
    else break;
    lines.pop();
  }
  out.summary = lines.join('\n');
  return out;
}

export type CardReading =
  { kind: 'intel'; key: string; value: Record<string, unknown> } | { kind: 'note'; text: string };

/**
 * An intelligence item from a graded, dated card; an ungraded or undated card becomes a note on
 * its chart item instead, because the model requires both on every intelligence item.
 */
export function cardToIntel(
  card: XmlElement,
  lists: GradeLists,
  ctx: ResolvedContext,
): CardReading {
  const a = card.attrs;
  const { summary, conditions, classification } = splitTrailer(a.Text ?? '');
  const reference = (a.SourceReference || a.Summary || '').trim();
  const date = (a.DateTime ?? '').slice(0, 10);
  const grade = indexesToGrade(a, lists, conditions);
  const cls = classificationSchema.safeParse(classification);
  if (!grade || !isRealDate(date) || !reference) {
    const parts = [a.Summary, summary, a.DateTime ? `(${a.DateTime})` : undefined].filter(
      (p) => p && p.trim(),
    );
    return { kind: 'note', text: `i2 card: ${parts.join(' ')}` };
  }
  const value = {
    workspaceId: ctx.workspaceId,
    reference: reference.slice(0, 100),
    date,
    grade,
    summary,
    classification: cls.success ? cls.data : 'OFFICIAL',
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  return { kind: 'intel', key: JSON.stringify(value), value };
}

/** Gathers intel candidates from many cards, one item per distinct card content. */
export class CardCollector {
  readonly candidates: Candidate[] = [];
  private readonly idByKey = new Map<string, string>();
  constructor(private readonly ctx: ResolvedContext) {}

  add(reading: Extract<CardReading, { kind: 'intel' }>, where: string): string {
    const known = this.idByKey.get(reading.key);
    if (known) return known;
    const id = this.ctx.newId('int');
    this.idByKey.set(reading.key, id);
    this.candidates.push({ where: `card on ${where}`, value: { id, ...reading.value } });
    return id;
  }
}
