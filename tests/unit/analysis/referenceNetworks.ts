import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Graph from 'graphology';

/**
 * The published criminal networks and their igraph reference values live beside the checkout,
 * in ../shared/data/networks, and are never copied into the repository. Where that folder is
 * absent (a user's clone) the tests that need it are reported as skipped. LINCHPIN_NETWORKS_DIR
 * points elsewhere (and shows the skip when pointed at nothing).
 */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const NETWORKS_DIR =
  process.env.LINCHPIN_NETWORKS_DIR ?? resolve(repoRoot, '..', 'shared', 'data', 'networks');
export const DATASETS = ['caviar', 'london_gang', 'montagna_meetings'] as const;
export const networksAvailable = DATASETS.every((d) =>
  existsSync(resolve(NETWORKS_DIR, d, 'reference.json')),
);

/** Appended to a suite's name so a skipped run says why in the report. */
export const SKIP_NOTE = networksAvailable
  ? ''
  : ` (SKIPPED: reference networks not found at ${NETWORKS_DIR})`;

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
