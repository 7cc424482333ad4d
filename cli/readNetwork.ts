import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { csrFromEdgeArrays, type Csr } from '../shared/analysis';
import { decodeUtf8 } from '../shared/formats/limits';
import { InputError } from './errors';

export interface ReadOptions {
  edgesPath: string;
  nodesPath?: string;
  unweighted: boolean;
}

interface Table {
  name: string;
  header: string[];
  /** Data rows with their line numbers (header is line 1). */
  rows: { line: number; fields: string[] }[];
}

/**
 * Reads EDGES.csv (and NODES.csv) into the CSR the measures run on. Line numbers assume no quoted
 * field spans several lines, which neither file format needs.
 */
/** The network and what was done with the weight column, so the output can say. */
export interface Network {
  csr: Csr;
  weights: WeightUse;
}

export type WeightUse = 'strength' | 'ignored' | 'none';

export function readNetwork(options: ReadOptions): Network {
  const edges = readTable(options.edgesPath);
  const col = columns(edges, ['source', 'target'], 'source,target[,weight]');
  const hasWeights = edges.header.includes('weight');
  const weightCol = options.unweighted ? -1 : edges.header.indexOf('weight');
  const ids: string[] = [];
  const index = new Map<string, number>();
  const listed = options.nodesPath !== undefined;
  if (options.nodesPath !== undefined) readNodes(options.nodesPath, ids, index);
  const src = new Int32Array(edges.rows.length);
  const dst = new Int32Array(edges.rows.length);
  const wts = weightCol >= 0 ? new Float64Array(edges.rows.length) : null;
  edges.rows.forEach(({ line, fields }, e) => {
    const at = `${edges.name} line ${line}`;
    const ends = [fields[col.source!]!.trim(), fields[col.target!]!.trim()];
    const indices = ends.map((id) => {
      if (id === '') throw new InputError(`${at}: the source and target must both be filled in.`);
      let i = index.get(id);
      if (i === undefined) {
        if (listed)
          throw new InputError(
            `${at}: node "${id}" is not listed in the nodes file (--nodes was given, so every edge endpoint must be listed there).`,
          );
        i = ids.push(id) - 1;
        index.set(id, i);
      }
      return i;
    });
    src[e] = indices[0]!;
    dst[e] = indices[1]!;
    if (wts) wts[e] = parseWeight(fields[weightCol]!, at);
  });
  return {
    csr: csrFromEdgeArrays(ids, src, dst, wts, 'sum'),
    weights: !hasWeights ? 'none' : options.unweighted ? 'ignored' : 'strength',
  };
}

function readNodes(path: string, ids: string[], index: Map<string, number>): void {
  const nodes = readTable(path);
  const col = columns(nodes, ['id'], 'id[,label]');
  for (const { line, fields } of nodes.rows) {
    const id = fields[col.id!]!.trim();
    if (id === '') throw new InputError(`${nodes.name} line ${line}: the id is empty.`);
    if (index.has(id))
      throw new InputError(`${nodes.name} line ${line}: node "${id}" is listed twice.`);
    index.set(id, ids.push(id) - 1);
  }
}

function parseWeight(raw: string, at: string): number {
  const text = raw.trim();
  const w = Number(text);
  if (text === '' || !Number.isFinite(w))
    throw new InputError(
      `${at}: the weight "${raw}" is not a number (use --unweighted to ignore weights).`,
    );
  if (w < 0)
    throw new InputError(`${at}: the weight ${text} is negative; weights must be zero or more.`);
  return w;
}

function readTable(path: string): Table {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (e) {
    throw new InputError(
      `Cannot read ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(e)}.`,
    );
  }
  // Strictly UTF-8: a Latin-1 or UTF-16 file would otherwise give node ids with replacement characters.
  const decoded = decodeUtf8(bytes, { maxBytes: Number.MAX_SAFE_INTEGER });
  if (!decoded.ok) {
    const first = decoded.errors[0];
    throw new InputError(
      `${path.split(/[\\/]/).pop()} ${first?.where ?? 'file'}: ${first?.message ?? 'not valid UTF-8'}`,
    );
  }
  const text = decoded.value;
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    delimiter: ',',
  });
  const name = path.split(/[\\/]/).pop()!;
  const problem = parsed.errors[0];
  if (problem) throw new InputError(`${name} line ${(problem.row ?? 0) + 1}: ${problem.message}.`);
  const all = parsed.data
    .map((fields, i) => ({ line: i + 1, fields }))
    .filter((r) => !(r.fields.length === 1 && r.fields[0]!.trim() === ''));
  if (all.length === 0) throw new InputError(`${name} is empty: it needs a header line.`);
  const header = all[0]!.fields.map((h) => h.trim().toLowerCase());
  const rows = all.slice(1);
  for (const r of rows) {
    if (r.fields.length !== header.length) {
      throw new InputError(
        `${name} line ${r.line}: expected ${header.length} fields (${header.join(',')}), found ${r.fields.length}.`,
      );
    }
  }
  return { name, header, rows };
}

function columns(table: Table, required: string[], expected: string): Record<string, number> {
  const found: Record<string, number> = {};
  for (const name of required) {
    const i = table.header.indexOf(name);
    if (i < 0) {
      throw new InputError(
        `${table.name} line 1: the first line must be a header naming the columns ${expected}; found "${table.header.join(',')}".`,
      );
    }
    found[name] = i;
  }
  return found;
}
