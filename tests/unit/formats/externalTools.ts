import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The independent checkers our exports are held to: Debian's python3 with networkx and igraph,
 * and libxml2's xmllint with the published schemas. They are required, not optional: a test
 * that cannot find one fails with what to install (`.ci/run` installs them).
 */
export const PYTHON = '/usr/bin/python3';
const REPO = resolve(import.meta.dirname, '../../..');
export const XSD_DIR = join(REPO, 'tests/fixtures/xsd');

export function requireTools(): void {
  const missing: string[] = [];
  for (const [module, pkg] of [
    ['networkx', 'python3-networkx'],
    ['igraph', 'python3-igraph'],
  ] as const)
    if (spawnSync(PYTHON, ['-c', `import ${module}`], { stdio: 'ignore' }).status !== 0)
      missing.push(pkg);
  if (spawnSync('xmllint', ['--version'], { stdio: 'ignore' }).status !== 0)
    missing.push('libxml2-utils');
  if (missing.length)
    throw new Error(
      `These tests need ${missing.join(', ')} (apt-get install -y ${missing.join(' ')}); .ci/run installs them.`,
    );
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** GEXF 1.2 as published names its namespace without "draft"; the copy validates 1.2draft files. */
function gexf12draftSchemas(): string {
  const dir = tempDir('linchpin-xsd-');
  cpSync(join(XSD_DIR, 'gexf-1.2'), dir, { recursive: true });
  for (const f of readdirSync(dir))
    writeFileSync(
      join(dir, f),
      readFileSync(join(dir, f), 'utf8').replaceAll(
        'http://www.gexf.net/1.2',
        'http://www.gexf.net/1.2draft',
      ),
    );
  return join(dir, 'gexf.xsd');
}

let draftSchema: string | undefined;

export type Schema = 'graphml' | 'gexf-1.2draft' | 'gexf-1.3';

/** xmllint's verdict on a file against a published schema, offline; '' when it validates. */
export function schemaErrors(file: string, schema: Schema): string {
  const xsd =
    schema === 'graphml'
      ? join(XSD_DIR, 'graphml/graphml.xsd')
      : schema === 'gexf-1.3'
        ? join(XSD_DIR, 'gexf-1.3/gexf.xsd')
        : (draftSchema ??= gexf12draftSchemas());
  const run = spawnSync('xmllint', ['--nonet', '--noout', '--schema', xsd, file], {
    encoding: 'utf8',
    env: { ...process.env, XML_CATALOG_FILES: join(XSD_DIR, 'catalog.xml') },
  });
  return run.status === 0 ? '' : run.stderr.trim();
}

export interface ToolSummary {
  nodes: number;
  edges: number;
  directed: boolean;
  /** networkx: the attributes of every node and edge, by node id. */
  nodeAttrs?: Record<string, Record<string, unknown>>;
  edgeAttrs?: Record<string, unknown>[];
}

const SUMMARY = `
import json, math, sys
import networkx as nx
import igraph as ig
def clean(v):
    if isinstance(v, float) and (math.isnan(v) or math.isinf(v)):
        return 'nan' if math.isnan(v) else ('inf' if v > 0 else '-inf')
    return v
out = {}
for path, tool in zip(sys.argv[1::2], sys.argv[2::2]):
    if tool == 'networkx-graphml' or tool == 'networkx-gexf':
        g = nx.read_graphml(path) if tool == 'networkx-graphml' else nx.read_gexf(path, version='1.2draft')
        out[path + '|' + tool] = {
            'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(), 'directed': g.is_directed(),
            'nodeAttrs': {str(n): {k: clean(v) for k, v in d.items()} for n, d in g.nodes(data=True)},
            'edgeAttrs': [{k: clean(v) for k, v in d.items()} for u, v, d in g.edges(data=True)],
        }
    else:
        g = ig.Graph.Read_GraphML(path)
        out[path + '|' + tool] = {'nodes': g.vcount(), 'edges': g.ecount(), 'directed': g.is_directed()}
print(json.dumps(out))
`;

export type Reader = 'networkx-graphml' | 'networkx-gexf' | 'igraph-graphml';

/** Reads files with networkx or igraph in one Python process; throws with Python's message on failure. */
export function readWithTools(jobs: { file: string; tool: Reader }[]): Map<string, ToolSummary> {
  const text = execFileSync(PYTHON, ['-c', SUMMARY, ...jobs.flatMap((j) => [j.file, j.tool])], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const parsed = JSON.parse(text) as Record<string, ToolSummary>;
  return new Map(Object.entries(parsed));
}
