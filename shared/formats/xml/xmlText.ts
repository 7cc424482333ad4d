/**
 * Entity processing is off in the XML parser (no DTD expansion, no billion laughs), so the five
 * predefined entities and character references are decoded here, and anything else is refused.
 */

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
// XML 1.0 forbids most C0 control characters even as character references.
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export type Decoded = { ok: true; text: string } | { ok: false; entity: string };

export function decodeXmlText(raw: string): Decoded {
  if (!raw.includes('&')) return { ok: true, text: raw };
  let bad: string | undefined;
  const text = raw.replace(/&([^;&\s]{0,32});/g, (whole, name: string) => {
    // Own keys only: `&constructor;` must not find Object.prototype.constructor.
    if (Object.hasOwn(PREDEFINED, name)) return PREDEFINED[name] ?? whole;
    const code = name.startsWith('#x')
      ? parseInt(name.slice(2), 16)
      : name.startsWith('#')
        ? parseInt(name.slice(1), 10)
        : NaN;
    if (
      Number.isInteger(code) &&
      code > 0 &&
      code <= 0x10ffff &&
      !(code >= 0xd800 && code <= 0xdfff)
    ) {
      return String.fromCodePoint(code);
    }
    bad ??= whole;
    return whole;
  });
  if (bad !== undefined) return { ok: false, entity: bad };
  if (/&(?![^;&\s]{0,32};)/.test(raw)) return { ok: false, entity: '&' };
  return { ok: true, text };
}

/** Escapes text for element content and double-quoted attributes alike. */
export function escapeXml(value: string): string {
  return value
    .replace(NOT_XML_CHAR, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}
