import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { graphDocument } from '../../../shared/formats/records';
import { writeDocument } from '../../../shared/formats/registry';
import { expectOk } from './helpers';
import { sampleRecords } from './sampleRecords';

/** Debian's python3-networkx, not the pyenv python on PATH; absent on some machines. */
const PYTHON = '/usr/bin/python3';
const hasNetworkx = spawnSync(PYTHON, ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0;

const SUMMARY = `
import json, sys, networkx as nx
path, fmt = sys.argv[1], sys.argv[2]
g = nx.read_graphml(path) if fmt == 'graphml' else nx.read_gexf(path, version='1.2draft')
print(json.dumps({
  'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(), 'directed': g.is_directed(),
  'node': g.nodes['ent_00000000000000000001'],
  'edge': [d for u, v, d in g.edges(data=True) if u == 'ent_00000000000000000006'][0],
  'graph': g.graph.get('linchpin.intel'),
}))
`;

interface NetworkxSummary {
  nodes: number;
  edges: number;
  directed: boolean;
  node: Record<string, unknown>;
  edge: Record<string, unknown>;
  graph: string;
}

describe.skipIf(!hasNetworkx)('networkx (independent reader) reads our GraphML and GEXF', () => {
  const dir = mkdtempSync(join(tmpdir(), 'linchpin-nx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const r = sampleRecords();
  const doc = graphDocument(r, {
    nodeData: new Map([[r.entities[0]!.id, { degree: 5, betweenness: 0.25 }]]),
    linkData: new Map([[r.links[4]!.id, { weight: 2.5 }]]),
  });
  const read = (format: 'graphml' | 'gexf', text: string) => {
    const path = join(dir, `chart.${format}`);
    writeFileSync(path, text);
    return JSON.parse(
      execFileSync(PYTHON, ['-c', SUMMARY, path, format], { encoding: 'utf8' }),
    ) as NetworkxSummary;
  };

  it('GraphML: every node, edge, typed attribute, measure and the intelligence list', () => {
    const out = read('graphml', expectOk(writeDocument('graphml', doc)).main);
    expect(out).toMatchObject({ nodes: 9, edges: 9, directed: true });
    expect(out.node).toMatchObject({
      label: 'Dean “Tall” O’Neill',
      notes: 'Line 1\nLine 2 <b>not html</b>',
      dateOfBirth: '2001-02-03',
      degree: 5,
      betweenness: 0.25,
    });
    expect(out.edge).toMatchObject({ kind: 'calls', callCount: 14, callSeconds: 930, weight: 2.5 });
    expect(JSON.parse(out.graph)).toEqual(r.intel);
  });

  // networkx 2.8 reads GEXF 1.1 and 1.2 only; our 1.3 output uses nothing 1.3 added, so the test
  // relabels the namespace to let networkx check the structure, types and values.
  it('GEXF (namespace relabelled to 1.2 for networkx): nodes, edges, labels, weights, measures', () => {
    const text = expectOk(writeDocument('gexf', doc))
      .main.replace(/http:\/\/gexf\.net\/1\.3/g, 'http://www.gexf.net/1.2draft')
      .replace('version="1.3"', 'version="1.2"');
    const out = read('gexf', text);
    expect(out).toMatchObject({ nodes: 9, edges: 9, directed: true });
    expect(out.node).toMatchObject({
      label: 'Dean “Tall” O’Neill',
      degree: 5,
      betweenness: 0.25,
      surname: "O'Neill",
    });
    expect(out.edge).toMatchObject({ kind: 'calls', callCount: 14, weight: 2.5 });
  });
});

describe.skipIf(hasNetworkx)(
  'networkx check skipped: /usr/bin/python3 has no networkx (apt-get install python3-networkx)',
  () => {
    it('is skipped', () => expect(hasNetworkx).toBe(false));
  },
);
