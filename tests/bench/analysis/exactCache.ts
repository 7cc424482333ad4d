/**
 * Exact betweenness of a large benchmark graph, computed once over all cores and kept on disk:
 * at 100k nodes it takes many minutes, too long to repeat on every `npm run bench`, yet it is the
 * only way to check the sampled ranking where it is claimed.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parallelPathSums } from '../../../cli/parallelPathSums';
import type { CsrTopology } from '../../../shared/analysis';

const cacheDir = join(
  resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..'),
  'node_modules',
  '.cache',
  'linchpin-bench',
);

/** What identifies the graph: a generator change alters the fingerprint, so a stale file is recomputed. */
export interface GraphKey {
  model: string;
  n: number;
  m: number;
  seed: number;
  nodes: number;
  edges: number;
  fingerprint: string;
}

export interface ExactTop {
  graph: GraphKey;
  /** Node ids, highest raw betweenness first. */
  top: number[];
  /** Raw betweenness (unordered pairs) of each id in `top`. */
  values: number[];
  threads: number;
  seconds: number;
  loadAverageBefore: number[];
  computedAt: string;
}

/** FNV-1a over the adjacency, so the key follows the graph itself, not only its parameters. */
function fingerprint(csr: CsrTopology): string {
  let h = 0x811c9dc5;
  const mix = (x: number) => {
    h = Math.imul(h ^ (x & 0xff), 0x01000193);
    h = Math.imul(h ^ ((x >>> 8) & 0xff), 0x01000193);
    h = Math.imul(h ^ ((x >>> 16) & 0xff), 0x01000193);
    h = Math.imul(h ^ (x >>> 24), 0x01000193);
  };
  for (const x of csr.offsets) mix(x);
  for (const x of csr.targets) mix(x);
  return (h >>> 0).toString(16).padStart(8, '0');
}

function sameKey(a: GraphKey, b: GraphKey): boolean {
  return (Object.keys(a) as (keyof GraphKey)[]).every((k) => a[k] === b[k]);
}

export function topIds(values: Float64Array, k: number): number[] {
  return [...values.keys()].sort((a, b) => values[b]! - values[a]! || a - b).slice(0, k);
}

function exactCachePath(file: string): string {
  return join(cacheDir, file);
}

function graphKey(
  csr: CsrTopology,
  key: Omit<GraphKey, 'nodes' | 'edges' | 'fingerprint'>,
): GraphKey {
  return { ...key, nodes: csr.n, edges: csr.targets.length / 2, fingerprint: fingerprint(csr) };
}

/** Exact betweenness over every core with the CLI's worker threads. */
async function computeExactTop(
  csr: CsrTopology,
  graph: GraphKey,
  workerScript: URL,
  keep: number,
  loadAverage: () => number[],
): Promise<ExactTop> {
  const threads = availableParallelism();
  const loadAverageBefore = loadAverage();
  const started = performance.now();
  const sums = await parallelPathSums(csr, threads, workerScript);
  const seconds = Math.round(performance.now() - started) / 1000;
  const top = topIds(sums.dependency, keep);
  return {
    graph,
    top,
    // Path sums count ordered pairs; raw betweenness counts each pair once.
    values: top.map((v) => sums.dependency[v]! / 2),
    threads,
    seconds,
    loadAverageBefore,
    computedAt: new Date().toISOString(),
  };
}

function storeExactTop(file: string, result: ExactTop): void {
  mkdirSync(cacheDir, { recursive: true });
  const path = exactCachePath(file);
  // Write then rename, so a run started meanwhile never reads half a file.
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(result, null, 1));
  renameSync(temp, path);
}

/**
 * Top-`keep` exact betweenness for the graph, from `file` under node_modules/.cache/linchpin-bench
 * when it was computed for this very graph, otherwise computed now and stored there.
 */
export async function exactTopCached(
  csr: CsrTopology,
  key: Omit<GraphKey, 'nodes' | 'edges' | 'fingerprint'>,
  file: string,
  workerScript: URL,
  keep = 100,
  loadAverage: () => number[] = () => [],
  computeIfMissing = true,
): Promise<(ExactTop & { cached: boolean }) | null> {
  const graph = graphKey(csr, key);
  try {
    const stored = JSON.parse(readFileSync(exactCachePath(file), 'utf8')) as ExactTop;
    if (sameKey(stored.graph, graph) && stored.top.length >= keep)
      return { ...stored, cached: true };
  } catch {
    // No cache yet, or unreadable: compute.
  }
  if (!computeIfMissing) return null;
  console.error(
    `[bench] exact betweenness for ${file} over all cores: several minutes, then cached`,
  );
  const result = await computeExactTop(csr, graph, workerScript, keep, loadAverage);
  storeExactTop(file, result);
  return { ...result, cached: false };
}
