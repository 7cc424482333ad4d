import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isDirectedKind, toImportedValue } from '../../../shared/model';
import { graphDocument, type GraphDocument } from '../../../shared/formats/records';
import { readCallRecords } from '../../../shared/formats/cdr/readCallRecords';
import { formatOfPath, readDocument, writeDocument } from '../../../shared/formats/registry';
import { writeGexf } from '../../../shared/formats/gexf/writeGexf';
import { enc, expectOk } from './helpers';
import { sampleRecords, WS } from './sampleRecords';
import {
  readWithTools,
  requireTools,
  schemaErrors,
  tempDir,
  type Reader,
  type Schema,
} from './externalTools';

const FIXTURES = 'tests/fixtures/formats';
/** Files that are meant to be refused, not exported. */
const REFUSED = new Set(['billion-laughs.gexf', 'xxe.graphml', 'hyperedge.graphml']);

/** Our sample workspace with what imports bring: clashing names, spaces, infinities, drawing. */
function sampleDocument(): GraphDocument {
  const r = sampleRecords();
  const [first, second] = r.entities;
  first!.imported = {
    kind: 'marriage',
    'Date of Birth (source)': '1999-01-02',
    risk: toImportedValue(Infinity),
    drop: toImportedValue(-Infinity),
    unknown: toImportedValue(NaN),
    'layout.x': 12.5,
    'layout.y': -4,
    'layout.colour': '#D55E00',
  };
  second!.imported = { gender: true, strength: 0.75 };
  r.links[0]!.imported = { weight: 2.5, 'since year': 2019 };
  return graphDocument(r, {
    nodeData: new Map([[first!.id, { betweenness: 0.25, degree: 5 }]]),
  });
}

/** Every graph fixture our readers accept, read as the import screen reads it. */
function fixtureDocuments(): [string, GraphDocument][] {
  const out: [string, GraphDocument][] = [];
  for (const name of readdirSync(FIXTURES).sort()) {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, name)));
    const format = formatOfPath(name);
    if (REFUSED.has(name) || !format) continue;
    if (format === 'csv') {
      if (name.startsWith('cdr') || name === 'calls.csv')
        out.push([name, expectOk(readCallRecords(bytes, { workspaceId: WS }))]);
      continue;
    }
    out.push([name, expectOk(readDocument(format, bytes, { workspaceId: WS }))]);
  }
  return out;
}

interface Written {
  label: string;
  file: string;
  schema: Schema;
  doc: GraphDocument;
  readers: Reader[];
}

describe('every GraphML and GEXF we write validates against the published schema and is read by networkx and igraph', () => {
  const dir = tempDir('linchpin-exports-');
  const written: Written[] = [];
  const write = (label: string, doc: GraphDocument) => {
    const stem = label.replace(/[^\w.-]+/g, '_');
    const graphml = join(dir, `${stem}.graphml`);
    writeFileSync(graphml, expectOk(writeDocument('graphml', doc)).main);
    written.push({
      label,
      file: graphml,
      schema: 'graphml',
      doc,
      readers: ['networkx-graphml', 'igraph-graphml'],
    });
    const gexf = join(dir, `${stem}.gexf`);
    writeFileSync(gexf, expectOk(writeGexf(doc, { today: '2024-06-01' })));
    written.push({ label, file: gexf, schema: 'gexf-1.2draft', doc, readers: ['networkx-gexf'] });
    const gexf13 = join(dir, `${stem}.1.3.gexf`);
    writeFileSync(gexf13, expectOk(writeGexf(doc, { version: '1.3', today: '2024-06-01' })));
    written.push({ label, file: gexf13, schema: 'gexf-1.3', doc, readers: [] });
  };

  beforeAll(() => {
    requireTools();
    write('sample workspace', sampleDocument());
    for (const [name, doc] of fixtureDocuments()) write(`from ${name}`, doc);
    const edges = 'source,target,weight\nalice smith,bob,2\nbob,carol #2,0.5\n';
    write('edge list', expectOk(readDocument('csv', enc(edges), { workspaceId: WS })));
  });

  it('writes every class of file (the sample, each fixture, an edge list) in three formats', () => {
    expect(written.length).toBeGreaterThanOrEqual(3 * 20);
  });

  it('validates each file with xmllint against GraphML 1.0, GEXF 1.2 (as 1.2draft) and GEXF 1.3', () => {
    const failures = written
      .map((w) => ({ w, errors: schemaErrors(w.file, w.schema) }))
      .filter((r) => r.errors)
      .map((r) => `${r.w.label} (${r.w.schema}):\n${r.errors}`);
    expect(failures).toEqual([]);
  });

  it('networkx and igraph read back every node and link', () => {
    const jobs = written.flatMap((w) => w.readers.map((tool) => ({ file: w.file, tool })));
    const results = readWithTools(jobs);
    for (const w of written)
      for (const tool of w.readers) {
        const got = results.get(`${w.file}|${tool}`);
        const links = w.doc.records.links;
        const directed = links.filter(
          (l) => isDirectedKind(l.kind) || l.imported?.directed === true,
        );
        // networkx keeps a GEXF "mutual" edge (an undirected link in a directed graph) as two.
        const edges =
          tool === 'networkx-gexf' && directed.length > 0
            ? directed.length + 2 * (links.length - directed.length)
            : links.length;
        expect(got, `${w.label} by ${tool}`).toMatchObject({
          nodes: w.doc.records.entities.length,
          edges,
          directed: directed.length > 0,
        });
      }
  });

  it('keeps imported attributes under their own names and infinities as infinities, for networkx', () => {
    const sample = written.filter((w) => w.label === 'sample workspace');
    const results = readWithTools(
      sample.flatMap((w) =>
        w.readers.filter((t) => t.startsWith('networkx')).map((tool) => ({ file: w.file, tool })),
      ),
    );
    for (const [key, got] of results) {
      const dean = got.nodeAttrs?.['ent_00000000000000000001'];
      expect(dean, key).toMatchObject({
        risk: 'inf',
        drop: '-inf',
        unknown: 'nan',
        betweenness: 0.25,
      });
      // A source attribute named like a built-in field is written with a prefix, never as it.
      expect(dean?.kind, key).toBe('nominal');
      expect(dean?.['imported.kind'], key).toBe('marriage');
    }
  });
});
