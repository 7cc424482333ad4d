import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Debian's python3-igraph, never the pyenv python on PATH. */
export const SYSTEM_PYTHON = '/usr/bin/python3';

const SCRIPT = `
import csv, json, sys, time
t0 = time.time()
import igraph
times = {}
def step(name, fn):
    t = time.time(); fn(); times[name] = time.time() - t
rows = list(csv.reader(open(sys.argv[1])))[1:]
g = None
def load():
    global g
    g = igraph.Graph.TupleList(((r[0], r[1]) for r in rows), directed=False).simplify()
step('load', load)
step('degree', lambda: g.degree())
step('betweenness', lambda: g.betweenness(directed=False))
step('closeness', lambda: g.closeness())
step('eigenvector', lambda: g.eigenvector_centrality(scale=False))
step('pagerank', lambda: g.pagerank(damping=0.85))
step('coreness', lambda: g.coreness())
step('multilevel', lambda: g.community_multilevel().modularity)
step('components', lambda: len(g.connected_components()))
times['inside_python'] = time.time() - t0
print(json.dumps({'igraph': igraph.__version__, 'seconds': times}))
`;

export function igraphAvailable(): boolean {
  return spawnSync(SYSTEM_PYTHON, ['-c', 'import igraph'], { stdio: 'ignore' }).status === 0;
}

/** Runs the same suite as `linchpin analyse` in one whole Python process; wall time included. */
export function runIgraphSuite(
  edgesCsv: string,
  dir: string,
): { wallSeconds: number; igraph: string; seconds: Record<string, number> } {
  const script = join(dir, 'igraph_suite.py');
  writeFileSync(script, SCRIPT);
  const started = performance.now();
  const run = spawnSync(SYSTEM_PYTHON, [script, edgesCsv], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const wallSeconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`igraph suite failed: ${run.stderr}`);
  return {
    wallSeconds,
    ...(JSON.parse(run.stdout) as { igraph: string; seconds: Record<string, number> }),
  };
}
