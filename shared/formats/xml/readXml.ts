import { SaxesParser } from 'saxes';
import type { ReadLimits } from '../limits';
import { decodeXmlBytes } from '../text/decodeText';
import { failOne, ok, type FormatResult } from '../result';

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

/**
 * No value these formats hold (a label, an attribute, an embedded yEd icon) comes near this; a
 * longer stretch without markup is a damaged or hostile file, and the validator would spend
 * seconds walking it character by character.
 */
export const MAX_MARKUP_GAP = 4 * 1024 * 1024;

/** Refuses a stretch of over MAX_MARKUP_GAP characters with no '<' (no XML value may hold one). */
function refuseEndlessValue(text: string): FormatResult<true> {
  let from = 0;
  while (from < text.length) {
    const next = text.indexOf('<', from);
    const end = next < 0 ? text.length : next;
    if (end - from > MAX_MARKUP_GAP) {
      const line = lineAt(text, from);
      return failOne(
        `line ${line}`,
        `The file holds a single value of over ${MAX_MARKUP_GAP / (1024 * 1024)} MB with no markup in it. No label or attribute is that long; the file looks damaged.`,
        { line },
      );
    }
    if (next < 0) break;
    from = next + 1;
  }
  return ok(true);
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** Why the tree cannot be built: thrown from the parser's handlers to stop it at once. */
class Refusal {
  constructor(
    readonly message: string,
    readonly line: number,
  ) {}
}

const BARE_AMPERSAND = /&(?![A-Za-z_:][\w.:-]*;|#\d+;|#x[\dA-Fa-f]+;)/;
const BARE_AMPERSAND_MESSAGE =
  'The XML is malformed: an "&" that starts no entity reference (in XML it is written &amp;).';

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** saxes's words for a broken file, made into a sentence for an analyst. */
function malformed(reason: string, text: string, position: number): string {
  if (
    reason.startsWith('undefined entity') ||
    reason.startsWith('disallowed character in entity')
  ) {
    const at = text.lastIndexOf('&', Math.max(0, position - 1));
    const end = text.indexOf(';', at);
    const entity = at < 0 ? '&' : text.slice(at, end > at && end - at <= 34 ? end + 1 : at + 1);
    return `Unknown XML entity ${entity}; only &lt; &gt; &amp; &quot; &apos; and numeric references are allowed.`;
  }
  const unclosed = /^unclosed tags?: (.*?)\.?$/s.exec(reason);
  if (unclosed)
    return `The XML is malformed: elements left open: ${(unclosed[1] ?? '').trim()} (the file may be cut short).`;
  if (reason.startsWith('document must contain a root element'))
    return 'The file holds no XML element.';
  return `The XML is malformed: ${reason.replace(/\.$/, '')}.`;
}

/**
 * Reads an XML file into a tree, or says in one sentence and a line number why it cannot.
 *
 * One strict pass (saxes checks well-formedness as it goes, and resolves only the five
 * predefined entities and character references) builds the tree directly: a file of a million
 * elements is read in about half the time and a third of the memory of validating, parsing to an
 * intermediate tree and converting it.
 */
export function readXml(bytes: Uint8Array, limits: ReadLimits = {}): FormatResult<XmlElement> {
  const decoded = decodeXmlBytes(bytes, limits);
  if (!decoded.ok) return decoded;
  const text = decoded.value;
  const safe = refuseDangerousDoctype(text);
  if (!safe.ok) return safe;
  const bounded = refuseEndlessValue(text);
  if (!bounded.ok) return bounded;

  const parser = new SaxesParser({ position: true });
  const open: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('error', (e) => {
    const reason = e.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
    // A lone '&' makes saxes read on for the ';' to the end of the file, and report every
    // element as left open: name the ampersand instead.
    const bare = reason.startsWith('unclosed tag') ? BARE_AMPERSAND.exec(text) : null;
    if (bare) throw new Refusal(BARE_AMPERSAND_MESSAGE, lineAt(text, bare.index));
    throw new Refusal(malformed(reason, text, parser.position), parser.line);
  });
  parser.on('opentag', (tag) => {
    if (open.length > MAX_DEPTH)
      throw new Refusal(`Elements are nested more than ${MAX_DEPTH} deep.`, parser.line);
    const attrs: Record<string, string> = {};
    const given = tag.attributes as Record<string, string>;
    for (const name in given) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue; // declarations, not data
      attrs[localName(name)] = given[name]!;
    }
    const element: XmlElement = { name: localName(tag.name), attrs, children: [], text: '' };
    const parent = open[open.length - 1];
    if (parent) parent.children.push(element);
    else root ??= element;
    open.push(element);
  });
  parser.on('closetag', () => {
    open.pop();
  });
  const addText = (t: string) => {
    const current = open[open.length - 1];
    if (current) current.text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(text).close();
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    return failOne(`line ${e.line}`, e.message, { line: e.line });
  }
  return root ? ok(root) : failOne('file', 'The file holds no XML element.');
}

export function childrenNamed(parent: XmlElement, name: string): XmlElement[] {
  return parent.children.filter((c) => c.name === name);
}

export function firstChild(parent: XmlElement, name: string): XmlElement | undefined {
  return parent.children.find((c) => c.name === name);
}
