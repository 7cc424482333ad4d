import {
  entityToFields,
  linkToFields,
  RESERVED_LINK_FIELDS,
  RESERVED_NODE_FIELDS,
} from './fieldCodec';
import type { GraphDocument, Scalar } from './records';
import { fail, issue, ok, type FormatIssue, type FormatResult } from './result';

export interface FieldRows {
  nodes: Map<string, Record<string, Scalar>>;
  links: Map<string, Record<string, Scalar>>;
  /** The id each entity is written under: its source id where unique and wanted, else its own. */
  nodeIds: Map<string, string>;
}

export interface ExportOptions {
  /** Write node ids from the source file (e.g. CSV ids) instead of Linchpin's record ids. */
  useSourceIds?: boolean;
}

/**
 * Flattens every entity and link, adds the extra attributes (measures, imported columns), and
 * refuses an extra whose name would overwrite a built-in field on re-import.
 */
export function exportFields(
  doc: GraphDocument,
  options: ExportOptions = {},
): FormatResult<FieldRows> {
  const errors: FormatIssue[] = [];
  const nodes = new Map<string, Record<string, Scalar>>();
  const links = new Map<string, Record<string, Scalar>>();
  const nodeIds = new Map<string, string>();
  const used = new Set<string>();
  for (const e of doc.records.entities) {
    const extra = doc.nodeData.get(e.id) ?? {};
    for (const name of Object.keys(extra)) {
      if (RESERVED_NODE_FIELDS.has(name))
        errors.push(
          issue(
            `attribute "${name}"`,
            `The extra node attribute "${name}" has the name of a built-in field; rename it before exporting.`,
          ),
        );
    }
    nodes.set(e.id, { ...entityToFields(e), ...extra });
    const source = options.useSourceIds ? doc.sourceIds.get(e.id) : undefined;
    const chosen = source !== undefined && !used.has(source) ? source : e.id;
    used.add(chosen);
    nodeIds.set(e.id, chosen);
  }
  for (const l of doc.records.links) {
    const extra = doc.linkData.get(l.id) ?? {};
    for (const name of Object.keys(extra)) {
      if (RESERVED_LINK_FIELDS.has(name))
        errors.push(
          issue(
            `attribute "${name}"`,
            `The extra link attribute "${name}" has the name of a built-in field; rename it before exporting.`,
          ),
        );
    }
    links.set(l.id, { ...linkToFields(l), ...extra });
  }
  return errors.length ? fail(dedupe(errors)) : ok({ nodes, links, nodeIds });
}

function dedupe(errors: FormatIssue[]): FormatIssue[] {
  const seen = new Set<string>();
  return errors.filter((e) => !seen.has(e.message) && Boolean(seen.add(e.message)));
}
