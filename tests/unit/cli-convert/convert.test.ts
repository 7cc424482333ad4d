import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runConvert, type ConvertIo } from '../../../cli/convert';

function memoryIo(files: Record<string, string>) {
  const store = new Map(Object.entries(files));
  const out = { stdout: '', stderr: '' };
  const io: ConvertIo = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readFile: async (p) => {
      const text = store.get(p);
      if (text === undefined) throw new Error(`ENOENT: no such file, open '${p}'`);
      return new TextEncoder().encode(text);
    },
    writeFile: async (p, data) => void store.set(p, data),
  };
  return { io, out, store };
}

const EDGES = 'source,target,weight\nalice,bob,3\nbob,carol,1\n';
const NODES = 'id,label\nalice,Alice Smith\nbob,Bob Jones\ncarol,Carol\n';

describe('linchpin convert (in memory)', () => {
  it('converts an edge list with a node list to GraphML, keeping CSV ids as node ids', async () => {
    const { io, out, store } = memoryIo({ 'e.csv': EDGES, 'n.csv': NODES });
    expect(
      await runConvert(
        ['convert', '--edges', 'e.csv', '--nodes', 'n.csv', '--out', 'g.graphml'],
        io,
      ),
    ).toBe(0);
    const graphml = store.get('g.graphml') ?? '';
    expect(graphml).toContain('<node id="alice">');
    expect(graphml).toContain('<edge id="lnk_');
    expect(graphml).toMatch(/source="alice" target="bob"/);
    expect(graphml).toContain('>Alice Smith<');
    expect(out.stdout).toBe('Wrote g.graphml: 3 nodes, 2 edges.\n');
    expect(out.stderr).toBe('');
  });

  it('chains every format and comes back to the same edge list', async () => {
    const { io, store } = memoryIo({ 'e.csv': EDGES, 'n.csv': NODES });
    expect(await runConvert(['--edges', 'e.csv', '--nodes', 'n.csv', '--out', 'a.gexf'], io)).toBe(
      0,
    );
    expect(await runConvert(['--in', 'a.gexf', '--out', 'b.anx'], io)).toBe(0);
    expect(await runConvert(['--in=b.anx', '--out=c.json'], io)).toBe(0);
    expect(await runConvert(['--in', 'c.json', '--out', 'd.graphml'], io)).toBe(0);
    expect(await runConvert(['--in', 'd.graphml', '--out', 'back.csv'], io)).toBe(0);
    expect(store.get('back.csv')).toBe(EDGES);
    expect(store.get('back.nodes.csv')).toBe(NODES);
    expect(store.get('b.anx')).toMatch(/<Entity EntityId="alice" Identity="alice"/);
  });

  it.each([
    [['--edges', 'e.csv'], /Say where to write with --out/],
    [['--edges', 'e.csv', '--out', 'x.pdf'], /Cannot tell the format of x.pdf/],
    [['--in', 'e.csv', '--edges', 'e.csv', '--out', 'x.json'], /either --edges or --in/],
    [
      ['--in', 'g.graphml', '--nodes', 'n.csv', '--out', 'x.json'],
      /--nodes goes with a .csv edge list only/,
    ],
    [['--edges', 'e.csv', '--out'], /--out needs a file name/],
    [['--frobnicate'], /Unknown argument "--frobnicate"/],
  ])('refuses bad arguments %j with usage and exit 2', async (argv, message) => {
    const { io, out } = memoryIo({ 'e.csv': EDGES, 'g.graphml': '<graphml/>' });
    expect(await runConvert(argv, io)).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(out.stdout).toBe('');
  });

  it('reports bad input by row on stderr, exits 1 and writes nothing', async () => {
    const { io, out, store } = memoryIo({ 'e.csv': 'source,target\na,b\nc\nd,d\n' });
    expect(await runConvert(['--edges', 'e.csv', '--out', 'g.graphml'], io)).toBe(1);
    expect(out.stderr).toMatch(
      /e.csv was not converted:\nrow 3: The row has 1 value but the file has 2 columns\.\nrow 4: target: A link needs two different ends/,
    );
    expect(store.has('g.graphml')).toBe(false);
  });

  it('reports a missing input file', async () => {
    const { io, out } = memoryIo({});
    expect(await runConvert(['--in', 'nope.graphml', '--out', 'x.json'], io)).toBe(1);
    expect(out.stderr).toMatch(/Cannot read the input: ENOENT/);
  });

  it('prints usage for --help', async () => {
    const { io, out } = memoryIo({});
    expect(await runConvert(['--help'], io)).toBe(0);
    expect(out.stdout).toMatch(
      /linchpin convert --edges EDGES.csv \[--nodes NODES.csv\] --out FILE/,
    );
  });
});

describe('linchpin convert (real files)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'linchpin-convert-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const io: ConvertIo = {
    stdout: () => undefined,
    stderr: (t) => void process.stderr.write(t),
    readFile: async (p) => new Uint8Array(await readFile(p)),
    writeFile: (p, data) => writeFile(p, data, 'utf8'),
  };

  it('reads and writes files on disk', async () => {
    writeFileSync(join(dir, 'edges.csv'), EDGES);
    expect(
      await runConvert(['--edges', join(dir, 'edges.csv'), '--out', join(dir, 'out.json')], io),
    ).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
    expect(json.records.entities.map((e: { label: string }) => e.label)).toEqual([
      'alice',
      'bob',
      'carol',
    ]);
    expect(Object.values(json.linkData).map((d) => (d as { weight: number }).weight)).toEqual([
      3, 1,
    ]);
  });
});
