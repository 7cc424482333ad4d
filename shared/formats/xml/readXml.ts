import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ReadLimits } from '../limits';
import { decodeXmlBytes } from '../text/decodeText';
import { failOne, ok, type FormatResult } from '../result';
import { decodeXmlText } from './xmlText';

/** A parsed element: local names (namespace prefixes dropped), decoded attributes and text. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const MAX_DEPTH = 64;

/**
 * Refuses what makes XML dangerous before any parsing: DTDs declaring entities (entity
 * expansion, "billion laughs") or pointing outside the file (external entities, XXE).
 */
function refuseDangerousDoctype(text: string): FormatResult<true> {
  const lineAt = (i: number) => text.slice(0, i).split('\n').length;
  const entity = text.search(/<!ENTITY/i);
  if (entity >= 0) {
    const line = lineAt(entity);
    return failOne(
      `line ${line}`,
      'The file declares XML entities. Linchpin refuses these because they can expand without limit or read other files.',
      { line },
    );
  }
  const external = text.search(/<!DOCTYPE[^>[]*\b(SYSTEM|PUBLIC)\b/i);
  if (external >= 0) {
    const line = lineAt(external);
    return failOne(
      `line ${line}`,
      'The file refers to an external DTD. Linchpin never fetches outside files; remove the DOCTYPE line and import again.',
      { line },
    );
  }
  return ok(true);
}

type Ordered = Record<string, unknown>;

function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

function convert(node: Ordered, depth: number): FormatResult<XmlElement | undefined> {
  const tag = Object.keys(node).find((k) => k !== ':@');
  if (tag === undefined || tag === '#text' || tag.startsWith('?') || tag === '#comment')
    return ok(undefined);
  if (depth > MAX_DEPTH)
    return failOne(`<${tag}>`, `Elements are nested more than ${MAX_DEPTH} deep.`);
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries((node[':@'] as Record<string, unknown> | undefined) ?? {})) {
    if (k.startsWith('@_xmlns')) continue; // namespace declarations, not data
    const d = decodeXmlText(String(v));
    if (!d.ok)
      return failOne(
        `<${tag}> attribute ${k}`,
        `Unknown XML entity ${d.entity}; only &lt; &gt; &amp; &quot; &apos; and numeric references are allowed.`,
      );
    attrs[localName(k.replace(/^@_/, ''))] = d.text;
  }
  const element: XmlElement = { name: localName(tag), attrs, children: [], text: '' };
  for (const child of (node[tag] as Ordered[] | undefined) ?? []) {
    if ('#text' in child) {
      const d = decodeXmlText(String(child['#text']));
      if (!d.ok)
        return failOne(
          `<${tag}>`,
          `Unknown XML entity ${d.entity}; only &lt; &gt; &amp; &quot; &apos; and numeric references are allowed.`,
        );
      element.text += d.text;
      continue;
    }
    const c = convert(child, depth + 1);
    if (!c.ok) return c;
    if (c.value) element.children.push(c.value);
  }
  return ok(element);
}

/** Reads an XML file into a tree, or says in one sentence and a line number why it cannot. */
export function readXml(bytes: Uint8Array, limits: ReadLimits = {}): FormatResult<XmlElement> {
  const decoded = decodeXmlBytes(bytes, limits);
  if (!decoded.ok) return decoded;
  const text = decoded.value;
  const safe = refuseDangerousDoctype(text);
  if (!safe.ok) return safe;
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true) {
    const { line, msg } = valid.err;
    const unclosed = /^Invalid '\[(.*)\]' found/s.exec(msg);
    const detail = unclosed
      ? `elements left open: ${(unclosed[1] ?? '').replace(/\s+/g, ' ').trim()} (the file may be cut short)`
      : msg;
    return failOne(`line ${line}`, `The XML is malformed: ${detail}.`, { line });
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
  });
  let tree: Ordered[];
  try {
    tree = parser.parse(text) as Ordered[];
  } catch (e) {
    // The validator and the parser disagree on a few malformed constructs (e.g. an unclosed <?pi).
    return failOne('file', `The XML is malformed: ${e instanceof Error ? e.message : String(e)}.`);
  }
  for (const node of tree) {
    const c = convert(node, 0);
    if (!c.ok) return c;
    if (c.value) return ok(c.value);
  }
  return failOne('file', 'The file holds no XML element.');
}

export function childrenNamed(parent: XmlElement, name: string): XmlElement[] {
  return parent.children.filter((c) => c.name === name);
}

export function firstChild(parent: XmlElement, name: string): XmlElement | undefined {
  return parent.children.find((c) => c.name === name);
}
