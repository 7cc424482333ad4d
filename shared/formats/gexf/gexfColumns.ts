import { parseValue } from '../columns';
import type { Scalar } from '../records';
import { plural, type WarningLog } from '../warnings';
import { childrenNamed, firstChild, type XmlElement } from '../xml/readXml';
import { describeSpells, spellOf, type Spell } from './gexfTime';

export interface Column {
  id: string;
  title: string;
  type: string;
  default?: string;
}

export function readColumns(graph: XmlElement, cls: 'node' | 'edge'): Column[] {
  const columns: Column[] = [];
  for (const block of childrenNamed(graph, 'attributes')) {
    if ((block.attrs.class ?? 'node') !== cls) continue;
    for (const a of childrenNamed(block, 'attribute')) {
      const def = firstChild(a, 'default') ?? undefined;
      const defaultText = def?.text ?? a.attrs.default;
      columns.push({
        id: a.attrs.id ?? String(columns.length),
        title: a.attrs.title ?? a.attrs.id ?? '',
        type: a.attrs.type ?? 'string',
        ...(defaultText !== undefined ? { default: defaultText } : {}),
      });
    }
  }
  return columns;
}

/**
 * An attvalue names its column by `for` (1.1 onwards) or `id` (1.0, Gephi 0.7); some 0.7-era
 * files give the column's position instead of its id, so a number that is no id is a position.
 */
function columnOf(columns: readonly Column[], ref: string): Column | undefined {
  return (
    columns.find((c) => c.id === ref) ?? (/^\d+$/.test(ref) ? columns[Number(ref)] : undefined)
  );
}

/**
 * Every attribute value of a node or edge. A dynamic attribute (values over periods) keeps its
 * latest value under its title and every value with its period under "<title> (over time)".
 */
export function readValues(
  element: XmlElement,
  columns: readonly Column[],
  where: string,
  warnings: WarningLog,
): Record<string, Scalar> {
  const values: Record<string, Scalar> = {};
  for (const c of columns) {
    if (c.default === undefined) continue;
    const v = parseValue(c.default, c.type);
    if (v.ok === true && v.value !== '') values[c.title] = v.value;
  }
  const timed = new Map<string, { value: Scalar; spell: Spell }[]>();
  for (const block of childrenNamed(element, 'attvalues')) {
    for (const av of childrenNamed(block, 'attvalue')) {
      const ref = av.attrs.for ?? av.attrs.id ?? '';
      const column = columnOf(columns, ref);
      if (!column) {
        warnings.add(
          'undeclared-attribute',
          (n) =>
            `${plural(n, 'value')} named an attribute no <attribute> declares and ${n === 1 ? 'was' : 'were'} not imported.`,
          `${where} attribute "${ref}"`,
        );
        continue;
      }
      const text = av.attrs.value ?? '';
      const v = parseValue(text, column.type);
      let value: Scalar;
      if (v.ok === 'empty') {
        warnings.add(
          'empty-number',
          (n) =>
            `${plural(n, 'number')} written as "null" or left blank ${n === 1 ? 'was' : 'were'} read as no value.`,
          `${where} "${column.title}"`,
        );
        continue;
      } else if (v.ok === false) {
        value = text;
        warnings.add(
          'type-mismatch',
          (n) =>
            `${plural(n, 'value')} did not fit ${n === 1 ? 'its' : 'their'} declared type and ${n === 1 ? 'was' : 'were'} kept as text.`,
          `${where} ${column.title} "${text.slice(0, 30)}" (${column.type})`,
        );
      } else value = v.value;
      const spell = spellOf(av.attrs);
      if (spell) timed.set(column.title, [...(timed.get(column.title) ?? []), { value, spell }]);
      else if (value !== '') values[column.title] = value;
    }
  }
  for (const [title, list] of timed) {
    const latest = [...list].sort((a, b) =>
      (a.spell.start ?? '') < (b.spell.start ?? '') ? -1 : 1,
    )[list.length - 1];
    if (latest) values[title] = latest.value;
    values[`${title} (over time)`] = list
      .map((t) => `${String(t.value)} (${describeSpells([t.spell])})`)
      .join('; ');
    warnings.add(
      'dynamic-values',
      (n) =>
        `${plural(n, 'attribute')} changed over time; each keeps its latest value, and every value with its period is kept as text in "<name> (over time)".`,
      `${where} "${title}"`,
    );
  }
  return values;
}
