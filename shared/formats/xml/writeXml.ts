import { escapeXml } from './xmlText';

/** A tiny element tree for writing: attribute and child order are kept exactly as given. */
export interface XmlNode {
  name: string;
  attrs?: Record<string, string | number | boolean | undefined>;
  children?: XmlNode[];
  text?: string;
}

export function el(
  name: string,
  attrs: XmlNode['attrs'] = {},
  children: (XmlNode | undefined | false)[] = [],
): XmlNode {
  return { name, attrs, children: children.filter((c): c is XmlNode => Boolean(c)) };
}

export function textEl(name: string, text: string, attrs: XmlNode['attrs'] = {}): XmlNode {
  return { name, attrs, text };
}

function attrText(attrs: XmlNode['attrs']): string {
  let out = '';
  for (const [k, v] of Object.entries(attrs ?? {}))
    if (v !== undefined) out += ` ${k}="${escapeXml(String(v))}"`;
  return out;
}

function write(node: XmlNode, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  const open = `${pad}<${node.name}${attrText(node.attrs)}`;
  if (node.text !== undefined) out.push(`${open}>${escapeXml(node.text)}</${node.name}>`);
  else if (!node.children?.length) out.push(`${open}/>`);
  else {
    out.push(`${open}>`);
    for (const c of node.children) write(c, depth + 1, out);
    out.push(`${pad}</${node.name}>`);
  }
}

export function writeXmlDocument(root: XmlNode): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, 0, out);
  return out.join('\n') + '\n';
}
