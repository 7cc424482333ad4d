import type Graph from 'graphology-types';

/**
 * Compressed sparse row view of a graph: the undirected, simple graph every measure sees.
 * Direction is ignored, self-loops are dropped, parallel links are merged (their weights combined
 * as `mergeWeights` says). Neighbours of node i are targets[offsets[i] .. offsets[i+1]).
 */
export interface Csr {
  readonly n: number;
  /** Number of undirected links after merging (each appears twice in `targets`). */
  readonly m: number;
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** Present only when a weight source was named; aligned with `targets`. */
  readonly weights: Float64Array | null;
}

/** The part of a CSR that path searches need: cheap to send to a worker thread. */
export type CsrTopology = Pick<Csr, 'n' | 'offsets' | 'targets'>;

export type EdgeWeightSource =
  string | ((attributes: Record<string, unknown>, edge: string) => number);

export interface CsrOptions {
  /**
   * Where weights come from: an edge attribute name or a function. Without it the CSR is
   * unweighted. There is deliberately no default: graphology-metrics' habit of silently reading
   * `weight` changes results without anyone asking for it.
   */
  weight?: EdgeWeightSource;
  /** How parallel links combine: 'sum' (default; e.g. call counts) or 'max' (e.g. confidences). */
  mergeWeights?: 'sum' | 'max';
}

function readWeight(
  source: EdgeWeightSource,
  attrs: Record<string, unknown>,
  edge: string,
): number {
  const raw = typeof source === 'function' ? source(attrs, edge) : attrs[source];
  const w = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isFinite(w) || w < 0) {
    throw new Error(
      `analysis: link ${edge} has weight ${String(raw)}; weights must be numbers of zero or more.`,
    );
  }
  return w;
}

/** Builds the CSR view of any graphology graph (directed, mixed or multi graphs included). */
export function buildCsr(graph: Graph, options: CsrOptions = {}): Csr {
  const ids = graph.nodes();
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const size = graph.size;
  const src = new Int32Array(size);
  const dst = new Int32Array(size);
  const wts = options.weight === undefined ? null : new Float64Array(size);
  let count = 0;
  graph.forEachEdge((edge, attrs, source, target) => {
    if (source === target) return;
    src[count] = index.get(source)!;
    dst[count] = index.get(target)!;
    if (wts) wts[count] = readWeight(options.weight!, attrs, edge);
    count += 1;
  });
  return csrFromEdgeArrays(
    ids,
    src.subarray(0, count),
    dst.subarray(0, count),
    wts?.subarray(0, count) ?? null,
    options.mergeWeights,
  );
}

/**
 * Builds the CSR from parallel arrays of endpoints (indices into `ids`). Self-loops are dropped
 * and duplicates merged in O(n + m) with a "last seen" marker rather than a sort.
 */
export function csrFromEdgeArrays(
  ids: readonly string[],
  src: Int32Array,
  dst: Int32Array,
  wts: Float64Array | null,
  mergeWeights: 'sum' | 'max' = 'sum',
): Csr {
  const n = ids.length;
  const counts = new Int32Array(n + 1);
  for (let e = 0; e < src.length; e++) {
    if (src[e] === dst[e]) continue;
    counts[src[e]! + 1]! += 1;
    counts[dst[e]! + 1]! += 1;
  }
  for (let i = 0; i < n; i++) counts[i + 1]! += counts[i]!;
  const fill = counts.slice(0, n);
  const rawTargets = new Int32Array(counts[n]!);
  const rawWeights = wts ? new Float64Array(counts[n]!) : null;
  for (let e = 0; e < src.length; e++) {
    const a = src[e]!;
    const b = dst[e]!;
    if (a === b) continue;
    const w = wts ? wts[e]! : 0;
    const pa = fill[a]!++;
    rawTargets[pa] = b;
    const pb = fill[b]!++;
    rawTargets[pb] = a;
    if (rawWeights) {
      rawWeights[pa] = w;
      rawWeights[pb] = w;
    }
  }
  return mergeDuplicates(ids, counts, rawTargets, rawWeights, mergeWeights);
}

function mergeDuplicates(
  ids: readonly string[],
  rawOffsets: Int32Array,
  rawTargets: Int32Array,
  rawWeights: Float64Array | null,
  mergeWeights: 'sum' | 'max',
): Csr {
  const n = ids.length;
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(rawTargets.length);
  const weights = rawWeights ? new Float64Array(rawTargets.length) : null;
  const lastSeen = new Int32Array(n).fill(-1);
  const slot = new Int32Array(n);
  let out = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = out;
    for (let p = rawOffsets[i]!; p < rawOffsets[i + 1]!; p++) {
      const j = rawTargets[p]!;
      if (lastSeen[j] === i) {
        if (weights) {
          const s = slot[j]!;
          weights[s] =
            mergeWeights === 'sum'
              ? weights[s]! + rawWeights![p]!
              : Math.max(weights[s]!, rawWeights![p]!);
        }
        continue;
      }
      lastSeen[j] = i;
      slot[j] = out;
      targets[out] = j;
      if (weights) weights[out] = rawWeights![p]!;
      out += 1;
    }
  }
  offsets[n] = out;
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  return {
    n,
    m: out / 2,
    ids,
    index,
    offsets,
    targets: targets.slice(0, out),
    weights: weights ? weights.slice(0, out) : null,
  };
}

/** Index of a node id, or a clear error naming the id. */
export function nodeIndex(csr: Csr, id: string): number {
  const i = csr.index.get(id);
  if (i === undefined) throw new Error(`analysis: "${id}" is not in the network being analysed.`);
  return i;
}

export function isCsr(input: Graph | Csr): input is Csr {
  return (input as Csr).offsets instanceof Int32Array;
}

/** Accepts either a ready CSR or a graphology graph (unweighted unless options say otherwise). */
export function toCsr(input: Graph | Csr, options?: CsrOptions): Csr {
  return isCsr(input) ? input : buildCsr(input, options);
}
