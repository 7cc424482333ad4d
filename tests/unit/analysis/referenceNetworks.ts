import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Graph from 'graphology';

/**
 * The published criminal networks and their igraph reference values live beside the checkout,
 * in ../shared/data/networks, and are never copied into the repository. The tests that need them
 * fail, loudly and naming the folder, where it is absent: a skipped reference test proves nothing.
 * LINCHPIN_NETWORKS_DIR points elsewhere.
 */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const NETWORKS_DIR =
  process.env.LINCHPIN_NETWORKS_DIR ?? resolve(repoRoot, '..', 'shared', 'data', 'networks');
export const DATASETS = ['caviar', 'london_gang', 'montagna_meetings'] as const;

/** Throws, naming the folder, when the reference networks are not where the tests expect them. */
export function requireNetworks(): void {
  const missing = DATASETS.filter((d) => !existsSync(resolve(NETWORKS_DIR, d, 'reference.json')));
  if (missing.length)
    throw new Error(
      `The reference networks ${missing.join(', ')} are not at ${NETWORKS_DIR}. They live beside the checkout in ../shared/data/networks (or set LINCHPIN_NETWORKS_DIR); these tests cannot pass without them.`,
    );
}

export interface Reference {
  graph: {
    nodes: number;
    edges: number;
    components: number;
    component_sizes: number[];
    isolates: number;
    max_core_number: number;
  };
  louvain: { modularity_best: number };
  node_order: string[];
  nodes: Record<string, Record<string, number>>;
}

export function datasetPath(name: string, file: string): string {
  requireNetworks();
  return resolve(NETWORKS_DIR, name, file);
}

export function loadReference(name: string): Reference {
  return JSON.parse(readFileSync(datasetPath(name, 'reference.json'), 'utf8')) as Reference;
}

/** nodes.csv + edges.csv as a graphology graph, with the weight stored under `calls` (not `weight`). */
export function loadGraph(name: string): Graph {
  const graph = new Graph({ type: 'undirected' });
  const rows = (file: string) =>
    readFileSync(datasetPath(name, file), 'utf8')
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((l) => l.split(','));
  for (const [id] of rows('nodes.csv')) graph.addNode(id!);
  for (const [source, target, weight] of rows('edges.csv'))
    graph.addEdge(source!, target!, { calls: Number(weight) });
  return graph;
}
