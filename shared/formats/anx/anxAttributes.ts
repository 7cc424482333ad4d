import { parseValue } from '../columns';
import { DATE_FIELDS, INSTANT_FIELDS } from '../fieldCodec';
import { instantFromLocal } from './anxTime';
import type { Scalar } from '../records';
import { plural, type WarningLog } from '../warnings';
import { childrenNamed, firstChild, type XmlElement } from '../xml/readXml';

/** The attribute class our writer puts the record id in; its presence marks Linchpin's own charts. */
export const OWN_ID_CLASS = 'Linchpin id';
/** The entity's kind in Linchpin's own charts, so a type like "Flat" on an "other" comes back as it went. */
export const OWN_KIND_CLASS = 'Linchpin kind';

/** Attribute class names and types, also by Id for charts that refer by AttributeClassReference. */
export function attributeClasses(chart: XmlElement): Map<string, string> {
  const classTypes = new Map<string, string>();
  for (const ac of childrenNamed(
    firstChild(chart, 'AttributeClassCollection') ?? chart,
    'AttributeClass',
  )) {
    const name = ac.attrs.Name ?? '';
    classTypes.set(name, ac.attrs.Type ?? 'AttText');
    if (ac.attrs.Id) classTypes.set(`#${ac.attrs.Id}`, name);
  }
  return classTypes;
}

/** A chart item's attributes, typed by their class: numbers, flags, times (as written) and text. */
export function attributeValues(
  item: XmlElement,
  classTypes: Map<string, string>,
  where: string,
  warnings: WarningLog,
): Record<string, Scalar> {
  const fields: Record<string, Scalar> = {};
  const collection = firstChild(item, 'AttributeCollection');
  for (const a of collection ? childrenNamed(collection, 'Attribute') : []) {
    const name =
      a.attrs.AttributeClass ?? classTypes.get(`#${a.attrs.AttributeClassReference ?? ''}`) ?? '';
    const value = a.attrs.Value ?? a.text;
    if (!name) {
      warnings.add(
        'anx-unnamed-attribute',
        (n) =>
          `${plural(n, 'attribute')} had no attribute class and ${n === 1 ? 'was' : 'were'} not imported.`,
        where,
      );
      continue;
    }
    const type = classTypes.get(name) ?? 'AttText';
    if (type === 'AttTime') {
      // Our own charts write record times as UK clock times; read them back as instants.
      const instant = INSTANT_FIELDS.has(name) ? instantFromLocal(value) : undefined;
      fields[name] = DATE_FIELDS.has(name) ? value.slice(0, 10) : (instant ?? value);
      continue;
    }
    const parsed = parseValue(
      value,
      type === 'AttNumber' ? 'double' : type === 'AttFlag' ? 'boolean' : 'string',
    );
    if (parsed.ok === true) fields[name] = parsed.value;
    else if (parsed.ok === false) {
      fields[name] = value;
      warnings.add(
        'type-mismatch',
        (n) =>
          `${plural(n, 'value')} did not fit ${n === 1 ? 'its' : 'their'} declared type and ${n === 1 ? 'was' : 'were'} kept as text.`,
        `${where} ${name} "${value.slice(0, 30)}"`,
      );
    }
  }
  return fields;
}
