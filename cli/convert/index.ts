import { newId } from '../../shared/model';
import { readTypeMapFile } from '../../shared/formats/anx/typeMapFile';
import type { TypeMap } from '../../shared/formats/anx/anxTypes';
import type { GraphDocument } from '../../shared/formats/records';
import {
  formatOfPath,
  readDocument,
  writeDocument,
  FILE_FORMATS,
} from '../../shared/formats/registry';
import { describeIssues } from '../../shared/formats/result';
import { describeWarnings } from '../../shared/formats/warnings';
import { parseConvertArgs } from './args';

/** The few effects the command needs, so tests can run it in memory. */
export interface ConvertIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
  writeFile: (path: string, data: string) => Promise<void>;
}

export const CONVERT_USAGE = `Usage:
  linchpin convert --edges EDGES.csv [--nodes NODES.csv] --out FILE
  linchpin convert --in FILE [--map kinds.json] [--gexf-version 1.2draft|1.3] --out FILE
Formats by extension: ${FILE_FORMATS.map((f) => `.${f}`).join(', ')}.
A .csv output writes the edge list to FILE and the node list beside it as FILE with .nodes.csv.
--map        for an i2 chart (.anx): a type mapping saved from the import screen, or a JSON
             object such as {"Drug Dealer": "nominal", "Bank Account": "other", "Note": "skip"}.
             Types it does not name get a kind from their name or icon family, else "other".
--gexf-version  1.2draft (the default, which networkx and Gephi 0.8-0.9 read) or 1.3 (Gephi 0.10).
Anything the input had that the records cannot hold is reported, counted, on standard error.
`;

function typeReport(doc: GraphDocument): string {
  if (!doc.types.length) return '';
  const lines = doc.types.map(
    (t) =>
      `  "${t.type}"${t.icon ? ` (icon ${t.icon})` : ''}: ${t.count} as ${t.kind}${t.by === 'mapping' ? '' : t.by === 'name' ? ' (by name)' : t.by === 'icon' ? ' (by icon family; change with --map)' : ' (no better guess; change with --map)'}`,
  );
  return `i2 entity types:\n${lines.join('\n')}\n`;
}

/** `linchpin convert`: reads one graph file and writes it in another format; returns the exit code. */
export async function runConvert(argv: string[], io: ConvertIo): Promise<number> {
  const args = parseConvertArgs(argv[0] === 'convert' ? argv.slice(1) : argv);
  if (!args.ok) {
    io.stderr(`${args.error}\n\n${CONVERT_USAGE}`);
    return 2;
  }
  if (args.help) {
    io.stdout(CONVERT_USAGE);
    return 0;
  }
  const { input, nodes, out } = args;
  const inFormat = formatOfPath(input);
  const outFormat = formatOfPath(out);
  if (!inFormat || !outFormat) {
    io.stderr(
      `Cannot tell the format of ${inFormat ? out : input} from its extension. Use one of ${FILE_FORMATS.map((f) => `.${f}`).join(', ')}.\n`,
    );
    return 2;
  }
  if (nodes && inFormat !== 'csv') {
    io.stderr('--nodes goes with a .csv edge list only.\n');
    return 2;
  }
  if (args.map && inFormat !== 'anx') {
    io.stderr('--map goes with an i2 chart (.anx) only.\n');
    return 2;
  }
  let bytes: Uint8Array;
  let nodeBytes: Uint8Array | undefined;
  let typeMap: TypeMap | undefined;
  try {
    bytes = await io.readFile(input);
    nodeBytes = nodes ? await io.readFile(nodes) : undefined;
    if (args.map) {
      const read = readTypeMapFile(await io.readFile(args.map));
      if (!read.ok) {
        io.stderr(`${args.map} was not read:\n${describeIssues(read.errors)}\n`);
        return 1;
      }
      typeMap = read.value;
    }
  } catch (e) {
    io.stderr(`Cannot read the input: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  const doc = readDocument(
    inFormat,
    bytes,
    { workspaceId: newId('ws') },
    { ...(nodeBytes ? { nodes: nodeBytes } : {}), ...(typeMap ? { typeMap } : {}) },
  );
  if (!doc.ok) {
    io.stderr(`${input} was not converted:\n${describeIssues(doc.errors)}\n`);
    return 1;
  }
  const written = writeDocument(outFormat, doc.value, {
    useSourceIds: true,
    ...(args.gexfVersion ? { gexfVersion: args.gexfVersion } : {}),
  });
  if (!written.ok) {
    io.stderr(`${out} was not written:\n${describeIssues(written.errors)}\n`);
    return 1;
  }
  try {
    await io.writeFile(out, written.value.main);
    if (written.value.nodes !== undefined)
      await io.writeFile(nodeListPath(out), written.value.nodes);
  } catch (e) {
    io.stderr(`Cannot write ${out}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  const report = `${typeReport(doc.value)}${doc.value.warnings.length ? `${describeWarnings(doc.value.warnings)}\n` : ''}`;
  if (report) io.stderr(`${report.trimEnd().replace(/^/gm, 'note: ')}\n`);
  const { entities, links } = doc.value.records;
  io.stdout(`Wrote ${out}: ${entities.length} nodes, ${links.length} edges.\n`);
  return 0;
}

export function nodeListPath(edgesPath: string): string {
  return edgesPath.replace(/\.csv$/i, '') + '.nodes.csv';
}
