import { writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { barabasiAlbert, toCsvText } from '../../bench/analysis/randomGraphs';
import { DATASETS, datasetPath, loadReference } from '../analysis/referenceNetworks';
import { runCli, tempFiles } from './runCli';

const EXACT = [
  'degree',
  'degree_centrality',
  'strength',
  'betweenness',
  'betweenness_normalized',
  'closeness',
  'closeness_wf',
  'core_number',
];
const ITERATIVE = ['eigenvector_l2', 'pagerank'];

type NodeRow = Record<string, number>;

function compareWithReference(nodes: Record<string, NodeRow>, dataset: string) {
  const ref = loadReference(dataset);
  expect(Object.keys(nodes).sort()).toEqual([...ref.node_order].sort());
  for (const id of ref.node_order) {
    for (const f of EXACT)
      expect(Math.abs(nodes[id]![f]! - ref.nodes[id]![f]!), `${id} ${f}`).toBeLessThanOrEqual(1e-9);
    for (const f of ITERATIVE)
      expect(Math.abs(nodes[id]![f]! - ref.nodes[id]![f]!), `${id} ${f}`).toBeLessThanOrEqual(1e-6);
  }
  return ref;
}

describe('linchpin analyse on the reference networks', () => {
  const args = [
    'analyse',
    '--edges',
    datasetPath('caviar', 'edges.csv'),
    '--nodes',
    datasetPath('caviar', 'nodes.csv'),
  ];

  it('prints JSON matching the igraph reference', () => {
    const run = runCli(args);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as {
      graph: Record<string, unknown> & { modularity: number };
      nodes: Record<string, NodeRow>;
    };
    const ref = compareWithReference(out.nodes, 'caviar');
    expect(out.graph).toMatchObject({
      nodes: 110,
      edges: 205,
      components: 1,
      weighted: ['strength'],
      louvain_runs: 100,
      seed: 0,
    });
    expect(out.graph.weights).toMatch(/used for strength only/);
    expect(out.graph.modularity).toBeGreaterThanOrEqual(ref.louvain.modularity_best - 0.005);
    // File order is kept in the text (a JS object would sort numeric ids), so read the keys from it.
    expect([...run.stdout.matchAll(/"([^"]+)":\{"degree"/g)].map((m) => m[1])).toEqual(
      ref.node_order,
    );
  });

  it('prints CSV with the same columns, and says how it counted on standard error', () => {
    const run = runCli([...args, '--format', 'csv']);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(
      /^linchpin: weights: the weight column was used for strength only.*best of 100 seeded Louvain runs \(seed 0\)/,
    );
    const rows = Papa.parse<Record<string, string>>(run.stdout.trim(), { header: true }).data;
    expect(Object.keys(rows[0]!)).toEqual([
      'id',
      'degree',
      'degree_centrality',
      'strength',
      'betweenness',
      'betweenness_normalized',
      'closeness',
      'closeness_wf',
      'eigenvector_l2',
      'pagerank',
      'core_number',
      'community',
    ]);
    compareWithReference(
      Object.fromEntries(
        rows.map((r) => [
          r.id!,
          Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v)])),
        ]),
      ),
      'caviar',
    );
  });

  it('with --unweighted, strength equals degree, and the output says the weights were ignored', () => {
    const out = JSON.parse(runCli([...args, '--unweighted']).stdout) as {
      graph: { weighted: string[]; weights: string };
      nodes: Record<string, NodeRow>;
    };
    for (const row of Object.values(out.nodes)) expect(row.strength).toBe(row.degree);
    expect(out.graph.weighted).toEqual([]);
    expect(out.graph.weights).toMatch(/ignored \(--unweighted\)/);
  });

  it.each(DATASETS)(
    '%s: communities within 0.005 of the best known modularity for each seed',
    (name) => {
      const ref = loadReference(name);
      for (const seed of [0, 1, 7]) {
        const run = runCli([
          'analyse',
          '--edges',
          datasetPath(name, 'edges.csv'),
          '--nodes',
          datasetPath(name, 'nodes.csv'),
          '--seed',
          String(seed),
        ]);
        const q = (JSON.parse(run.stdout) as { graph: { modularity: number } }).graph.modularity;
        expect(q, `${name} seed ${seed}`).toBeGreaterThanOrEqual(
          ref.louvain.modularity_best - 0.005,
        );
      }
    },
  );

  it('counts the five components of the Montagna meetings network', () => {
    const run = runCli([
      'analyse',
      '--edges',
      datasetPath('montagna_meetings', 'edges.csv'),
      '--nodes',
      datasetPath('montagna_meetings', 'nodes.csv'),
    ]);
    const out = JSON.parse(run.stdout) as {
      graph: Record<string, number>;
      nodes: Record<string, NodeRow>;
    };
    expect(out.graph.components).toBe(5);
    compareWithReference(out.nodes, 'montagna_meetings');
  });
});

describe('linchpin analyse with threads', () => {
  it('two threads give the same figures as one on a 2,500-node network', () => {
    const files = tempFiles({ 'edges.csv': toCsvText(barabasiAlbert(2500, 2, 5)) });
    const one = JSON.parse(
      runCli(['analyse', '--edges', files['edges.csv']!, '--threads', '1']).stdout,
    ) as { nodes: Record<string, NodeRow> };
    const two = JSON.parse(
      runCli(['analyse', '--edges', files['edges.csv']!, '--threads', '2']).stdout,
    ) as { nodes: Record<string, NodeRow> };
    for (const [id, row] of Object.entries(one.nodes)) {
      expect(two.nodes[id]!.betweenness).toBeCloseTo(row.betweenness!, 6);
      expect(two.nodes[id]!.closeness).toBeCloseTo(row.closeness!, 12);
    }
  });
});

describe('linchpin analyse refuses what it cannot read', () => {
  it('exits 1 naming the line when the edge list is not UTF-8', () => {
    const files = tempFiles({ 'edges.csv': 'source,target\n' });
    writeFileSync(
      files['edges.csv']!,
      Buffer.from([...Buffer.from('source,target\nJos'), 0xe9, ...Buffer.from(',b\n')]),
    );
    const run = runCli(['analyse', '--edges', files['edges.csv']!]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/edges\.csv line 2: The file is not valid UTF-8/);
    expect(run.stdout).toBe('');
  });

  it('says when the edge list has no weights at all', () => {
    const files = tempFiles({ 'edges.csv': 'source,target\na,b\nb,c\n' });
    const out = JSON.parse(runCli(['analyse', '--edges', files['edges.csv']!]).stdout) as {
      graph: { weighted: string[]; weights: string };
    };
    expect(out.graph).toMatchObject({ weighted: [] });
    expect(out.graph.weights).toMatch(/no weight column/);
  });
});
