import { newId } from '../../shared/model';
import {
  formatOfPath,
  readDocument,
  writeDocument,
  FILE_FORMATS,
} from '../../shared/formats/registry';
import { describeIssues } from '../../shared/formats/result';
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
  linchpin convert --in FILE [--nodes NODES.csv] --out FILE
Formats by extension: ${FILE_FORMATS.map((f) => `.${f}`).join(', ')}.
A .csv output writes the edge list to FILE and the node list beside it as FILE with .nodes.csv.
`;

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
  let bytes: Uint8Array;
  let nodeBytes: Uint8Array | undefined;
  try {
    bytes = await io.readFile(input);
    nodeBytes = nodes ? await io.readFile(nodes) : undefined;
  } catch (e) {
    io.stderr(`Cannot read the input: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  const doc = readDocument(
    inFormat,
    bytes,
    { workspaceId: newId('ws') },
    nodeBytes ? { nodes: nodeBytes } : {},
  );
  if (!doc.ok) {
    io.stderr(`${input} was not converted:\n${describeIssues(doc.errors)}\n`);
    return 1;
  }
  const written = writeDocument(outFormat, doc.value, { useSourceIds: true });
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
  const { entities, links } = doc.value.records;
  io.stdout(`Wrote ${out}: ${entities.length} nodes, ${links.length} edges.\n`);
  return 0;
}

export function nodeListPath(edgesPath: string): string {
  return edgesPath.replace(/\.csv$/i, '') + '.nodes.csv';
}
