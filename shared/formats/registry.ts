import { readEdgeListCsv, writeEdgeListCsv } from './csv/edgeList';
import { readAnx } from './anx/readAnx';
import { writeAnx } from './anx/writeAnx';
import { readGexf } from './gexf/readGexf';
import { writeGexf } from './gexf/writeGexf';
import { readGraphml } from './graphml/readGraphml';
import { writeGraphml } from './graphml/writeGraphml';
import { readJsonRecords, writeJsonRecords } from './json/jsonRecords';
import type { TypeMap } from './anx/anxTypes';
import type { AnxOptions } from './anx/writeAnx';
import type { GexfVersion } from './gexf/writeGexf';
import type { ReadLimits } from './limits';
import type { GraphDocument, ImportContext } from './records';
import { ok, type FormatResult } from './result';

/** The graph file formats chosen by file extension, for the command line and the import wizard. */
export const FILE_FORMATS = ['graphml', 'gexf', 'anx', 'json', 'csv'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export function formatOfPath(path: string): FileFormat | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return (FILE_FORMATS as readonly string[]).includes(ext ?? '') ? (ext as FileFormat) : undefined;
}

export interface ReadOptions extends ReadLimits {
  /** For ANX: the analyst's kind (or "skip") for i2 entity types, from the mapping step. */
  typeMap?: TypeMap;
  /** For CSV: the optional node list beside the edge list. */
  nodes?: Uint8Array;
}

export function readDocument(
  format: FileFormat,
  bytes: Uint8Array,
  context: ImportContext,
  options: ReadOptions = {},
): FormatResult<GraphDocument> {
  switch (format) {
    case 'graphml':
      return readGraphml(bytes, context, options);
    case 'gexf':
      return readGexf(bytes, context, options);
    case 'anx':
      return readAnx(bytes, context, options);
    case 'json':
      return readJsonRecords(bytes, context, options);
    case 'csv':
      return readEdgeListCsv(bytes, options.nodes, context, options);
  }
}

/** What a writer produces: the file itself and, for CSV, the node list that goes beside it. */
export interface WrittenFiles {
  main: string;
  nodes?: string;
}

export interface WriteOptions extends AnxOptions {
  /** GEXF version: 1.2draft unless asked for 1.3. */
  gexfVersion?: GexfVersion;
}

export function writeDocument(
  format: FileFormat,
  doc: GraphDocument,
  options: WriteOptions = {},
): FormatResult<WrittenFiles> {
  const wrap = (r: FormatResult<string>): FormatResult<WrittenFiles> =>
    r.ok ? ok({ main: r.value }) : r;
  switch (format) {
    case 'graphml':
      return wrap(writeGraphml(doc, options));
    case 'gexf':
      return wrap(
        writeGexf(doc, {
          ...options,
          ...(options.gexfVersion ? { version: options.gexfVersion } : {}),
        }),
      );
    case 'anx':
      return wrap(writeAnx(doc, options));
    case 'json':
      return ok({ main: writeJsonRecords(doc) });
    case 'csv': {
      const files = writeEdgeListCsv(doc);
      return ok({ main: files.edges, nodes: files.nodes });
    }
  }
}
