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
    // ANX ids are whole numbers; the CSV id travels as the entity's identity.
    expect(store.get('b.anx')).toMatch(/<Entity EntityId="1" Identity="alice"/);
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
    const { io, out, store } = memoryIo({ 'e.csv': 'source,target\na,b\nc\n' });
    expect(await runConvert(['--edges', 'e.csv', '--out', 'g.graphml'], io)).toBe(1);
    expect(out.stderr).toMatch(
      /e.csv was not converted:\nrow 3: The row has 1 value but the file has 2 columns\./,
    );
    expect(store.has('g.graphml')).toBe(false);
  });

  it('drops a self-loop, converts the rest and says so on stderr', async () => {
    const { io, out, store } = memoryIo({ 'e.csv': 'source,target\na,b\nd,d\n' });
    expect(await runConvert(['--edges', 'e.csv', '--out', 'g.graphml'], io)).toBe(0);
    expect(out.stderr).toMatch(/^note: 1 self-loop .* was dropped.*For example: row 3\./);
    expect(out.stdout).toBe('Wrote g.graphml: 3 nodes, 1 edges.\n');
    expect(store.has('g.graphml')).toBe(true);
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
    expect(
      json.records.links.map((l: { imported: { weight: number } }) => l.imported.weight),
    ).toEqual([3, 1]);
  });
});

describe('linchpin convert on files from real tools (every fixture class)', () => {
  const io = (files: Record<string, Uint8Array>) => {
    const store = new Map<string, string>();
    const out = { stdout: '', stderr: '' };
    const convertIo: ConvertIo = {
      stdout: (t) => void (out.stdout += t),
      stderr: (t) => void (out.stderr += t),
      readFile: async (p) => {
        const f = files[p];
        if (!f) throw new Error(`ENOENT ${p}`);
        return f;
      },
      writeFile: async (p, data) => void store.set(p, data),
    };
    return { convertIo, out, store };
  };
  const bytes = (name: string) =>
    new Uint8Array(readFileSync(join('tests/fixtures/formats', name)));

  it.each([
    ['yed-desktop.graphml', 6, 6],
    ['yed-live.graphml', 5, 5],
    ['gephi.graphml', 2, 1],
    ['networkx.graphml', 4, 3],
    ['igraph.graphml', 4, 4],
    ['tinkerpop.graphml', 3, 3],
    ['graph-tool.graphml', 3, 2],
    ['gephi-0.7.gexf', 3, 2],
    ['gephi-0.8-selfloops.gexf', 12, 11],
    ['gephi-0.9.gexf', 3, 3],
    ['gephi-0.10.gexf', 4, 5],
    ['gexf-1.1-dynamic.gexf', 3, 3],
    ['latin1.gexf', 3, 2],
    ['networkx.gexf', 4, 4],
    ['anb-style.anx', 6, 3],
    ['lumify-style.anx', 4, 3],
    ['snagl-style.anx', 3, 3],
  ])('%s converts to GraphML with every node and link it can hold', async (name, nodes, edges) => {
    const { convertIo, out, store } = io({ [name]: bytes(name) });
    expect(await runConvert(['--in', name, '--out', 'out.graphml'], convertIo)).toBe(0);
    expect(out.stdout).toBe(`Wrote out.graphml: ${nodes} nodes, ${edges} edges.\n`);
    expect(store.get('out.graphml')).toContain('<graphml');
  });

  it("an i2 chart with --map: the analyst's kinds, and the mapping used listed on stderr", async () => {
    const map = new TextEncoder().encode(JSON.stringify({ '(no type)': 'nominal' }));
    const { convertIo, out, store } = io({ 'c.anx': bytes('snagl-style.anx'), 'kinds.json': map });
    expect(
      await runConvert(['--in', 'c.anx', '--map', 'kinds.json', '--out', 'c.json'], convertIo),
    ).toBe(0);
    const json = JSON.parse(store.get('c.json') ?? '{}') as {
      records: { entities: { kind: string }[] };
    };
    expect(json.records.entities.map((e) => e.kind)).toEqual(['nominal', 'nominal', 'nominal']);
    expect(out.stderr).toContain('note:   "(no type)": 3 as nominal');
    const bad = io({
      'c.anx': bytes('snagl-style.anx'),
      'kinds.json': new TextEncoder().encode('{"x":"alien"}'),
    });
    expect(
      await runConvert(['--in', 'c.anx', '--map', 'kinds.json', '--out', 'c.json'], bad.convertIo),
    ).toBe(1);
    expect(bad.out.stderr).toMatch(
      /kinds.json was not read:\ntype mapping: This is not a type mapping/,
    );
  });

  it('writes GEXF 1.2draft unless asked for 1.3', async () => {
    const { convertIo, store } = io({ 'g.graphml': bytes('gephi.graphml') });
    expect(await runConvert(['--in', 'g.graphml', '--out', 'a.gexf'], convertIo)).toBe(0);
    expect(store.get('a.gexf')).toContain('xmlns="http://www.gexf.net/1.2draft"');
    expect(
      await runConvert(
        ['--in', 'g.graphml', '--gexf-version', '1.3', '--out', 'b.gexf'],
        convertIo,
      ),
    ).toBe(0);
    expect(store.get('b.gexf')).toContain('xmlns="http://gexf.net/1.3"');
    expect(
      await runConvert(['--in', 'g.graphml', '--gexf-version', '2', '--out', 'b.gexf'], convertIo),
    ).toBe(2);
  });

  it('refuses a hyperedge by element, and a file in an encoding it cannot read, with exit 1', async () => {
    const { convertIo, out } = io({ 'h.graphml': bytes('hyperedge.graphml') });
    expect(await runConvert(['--in', 'h.graphml', '--out', 'x.json'], convertIo)).toBe(1);
    expect(out.stderr).toMatch(/hyperedge "meeting-1": It joins 3 nodes/);
    const ebcdic = new TextEncoder().encode(
      '<?xml version="1.0" encoding="EBCDIC-CP-US"?><graphml/>',
    );
    const e = io({ 'e.graphml': ebcdic });
    expect(await runConvert(['--in', 'e.graphml', '--out', 'x.json'], e.convertIo)).toBe(1);
    expect(e.out.stderr).toMatch(
      /declares the encoding "ebcdic-cp-us", which Linchpin cannot read/,
    );
  });

  it('refuses input that is not UTF-8 (and declares nothing else) with exit 1, naming the line', async () => {
    const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
    for (const [name, text] of [
      ['e.csv', 'source,target\nJos\u00e9,Ana\n'],
      [
        'g.graphml',
        '<?xml version="1.0"?>\n<graphml><graph><node id="Jos\u00e9"/></graph></graphml>',
      ],
    ]) {
      const { convertIo, out, store } = io({ [name!]: latin1(text!) });
      const args = name === 'e.csv' ? ['--edges', name!] : ['--in', name!];
      expect(await runConvert([...args, '--out', 'x.json'], convertIo)).toBe(1);
      expect(out.stderr).toMatch(/line 2: The file is not valid UTF-8 text/);
      expect(store.has('x.json')).toBe(false);
    }
  });
});
