import { parseValue } from '../columns';
import type { Scalar } from '../records';
import { plural, type WarningLog } from '../warnings';
import { childrenNamed, firstChild, type XmlElement } from '../xml/readXml';

export interface KeyDef {
  name: string;
  domain: string;
  type: string;
  default?: string;
  /** yEd's keys hold drawing markup (labels, geometry, styles), not values. */
  drawing: boolean;
  /** In Linchpin's own files, the attribute's name before it was made a valid XML name. */
  importedName?: string;
}

/** Our writer notes imported attributes as "imported: <original name>" in the key's <desc>. */
export const IMPORTED_DESC = 'imported: ';

export function readKeys(root: XmlElement): Map<string, KeyDef> {
  const keys = new Map<string, KeyDef>();
  for (const k of childrenNamed(root, 'key')) {
    const id = k.attrs.id ?? '';
    const def = firstChild(k, 'default');
    const desc = firstChild(k, 'desc')?.text ?? '';
    keys.set(id, {
      name: k.attrs['attr.name'] ?? id,
      domain: k.attrs.for ?? 'all',
      type: k.attrs['attr.type'] ?? 'string',
      drawing: k.attrs['yfiles.type'] !== undefined || k.attrs['attr.uri'] !== undefined,
      ...(def ? { default: def.text } : {}),
      ...(desc.startsWith(IMPORTED_DESC) ? { importedName: desc.slice(IMPORTED_DESC.length) } : {}),
    });
  }
  return keys;
}

export interface ElementData {
  values: Record<string, Scalar>;
  /** Content of yEd drawing keys, for yedDrawing. */
  drawing: XmlElement[];
}

/** The values of one node, edge or graph: key defaults, then its <data>, typed by the keys. */
export function readData(
  element: XmlElement,
  domain: 'node' | 'edge' | 'graph',
  keys: Map<string, KeyDef>,
  where: string,
  warnings: WarningLog,
): ElementData {
  const out: ElementData = { values: {}, drawing: [] };
  // Marked so that an imported attribute called "kind" is never read as the model's kind.
  const nameOf = (k: KeyDef) =>
    k.importedName !== undefined ? `imported.${k.importedName}` : k.name;
  for (const k of keys.values()) {
    if (k.drawing || k.default === undefined || (k.domain !== domain && k.domain !== 'all'))
      continue;
    const v = parseValue(k.default, k.type);
    if (v.ok === true && v.value !== '') out.values[nameOf(k)] = v.value;
  }
  for (const d of childrenNamed(element, 'data')) {
    const key = keys.get(d.attrs.key ?? '');
    if (!key) {
      warnings.add(
        'undeclared-key',
        (n) =>
          `${plural(n, 'value')} named an attribute key no <key> declares and ${n === 1 ? 'was' : 'were'} not imported.`,
        `${where} key "${d.attrs.key ?? ''}"`,
      );
      continue;
    }
    if (key.drawing || (d.children.length > 0 && d.text.trim() === '')) {
      out.drawing.push(...d.children);
      continue;
    }
    const v = parseValue(d.text, key.type);
    if (v.ok === 'empty') {
      delete out.values[nameOf(key)];
      warnings.add(
        'empty-number',
        (n) =>
          `${plural(n, 'number')} written as "null" or left blank ${n === 1 ? 'was' : 'were'} read as no value.`,
        `${where} "${key.name}"`,
      );
    } else if (v.ok === false) {
      out.values[nameOf(key)] = d.text;
      warnings.add(
        'type-mismatch',
        (n) =>
          `${plural(n, 'value')} did not fit ${n === 1 ? 'its' : 'their'} declared type and ${n === 1 ? 'was' : 'were'} kept as text.`,
        `${where} ${key.name} "${d.text.slice(0, 30)}" (${key.type})`,
      );
    } else if (v.value !== '') out.values[nameOf(key)] = v.value;
  }
  return out;
}
