import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGraphml } from '../../../shared/formats/graphml/readGraphml';
import { writeGraphml } from '../../../shared/formats/graphml/writeGraphml';
import { graphDocument } from '../../../shared/formats/records';
import { MAX_MARKUP_GAP } from '../../../shared/formats/xml/readXml';
import { counterIds, sampleRecords, WS } from './sampleRecords';
import { enc, errorText, expectOk } from './helpers';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/formats/${name}`));
const ctx = () => ({ workspaceId: WS, now: '2024-06-01T00:00:00.000Z', newId: counterIds() });
const wrap = (body: string, keys = '') =>
  enc(
    `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">${keys}<graph edgedefault="directed">${body}</graph></graphml>`,
  );

describe('readGraphml on files from other tools', () => {
  it('reads typed keys, defaults, entity escapes and weights into the imported bag, keeping node ids', () => {
    const doc = expectOk(readGraphml(fixture('foreign.graphml'), ctx()));
    const [kyle, jade, phone] = doc.records.entities;
    expect(kyle).toMatchObject({ kind: 'nominal', label: 'Kyle & "K" Brown' });
    expect(jade?.label).toBe('Jade');
    // Someone else's "kind" and "number" are theirs, kept as they wrote them, not our fields.
    expect(phone).toMatchObject({ kind: 'nominal', label: 'n2' });
    expect(phone?.imported).toMatchObject({
      kind: 'phone',
      number: '+447700900321',
      note: 'burner',
    });
    expect(doc.sourceIds.get(kyle!.id)).toBe('n0');
    expect(kyle?.imported).toEqual({ age: 19, id: 'n0' });
    expect(jade?.imported).toEqual({ age: 0, id: 'n1' });
    expect(doc.records.links.map((l) => l.imported?.weight)).toEqual([3.5, 1]);
    expect(doc.records.links.every((l) => l.kind === 'associate')).toBe(true);
  });

  it('reads our own export\'s imported attributes back under their own names, even a clashing "kind"', () => {
    const r = sampleRecords();
    r.entities[0]!.imported = { kind: 'marriage', 'Date of Birth': '1999-01-02' };
    const back = expectOk(readGraphml(enc(expectOk(writeGraphml(graphDocument(r)))), ctx()));
    expect(back.records.entities[0]).toMatchObject({
      kind: 'nominal',
      imported: { kind: 'marriage', 'Date of Birth': '1999-01-02' },
    });
  });
});

describe('readGraphml refuses hostile and broken files with a clear message', () => {
  it('refuses entity declarations and external entities (XXE) without reading them', () => {
    expect(errorText(readGraphml(fixture('xxe.graphml'), ctx()))).toMatch(
      /line 2: .*declares XML entities/,
    );
  });

  it('refuses an external DTD', () => {
    const bytes = enc(
      '<?xml version="1.0"?>\n<!DOCTYPE graphml SYSTEM "http://evil.example/x.dtd">\n<graphml/>',
    );
    expect(errorText(readGraphml(bytes, ctx()))).toMatch(/external DTD/);
  });

  it('refuses undeclared entity references', () => {
    expect(errorText(readGraphml(wrap('<node id="a">&ouml;</node>'), ctx()))).toMatch(
      /Unknown XML entity &ouml;/,
    );
  });

  it('names the line of a truncated file', () => {
    const text = new TextDecoder().decode(fixture('foreign.graphml'));
    expect(
      errorText(readGraphml(enc(text.slice(0, text.indexOf('<edge id="e9"'))), ctx())),
    ).toMatch(/malformed.*cut short/);
  });

  it('names the line of invalid UTF-8', () => {
    const bytes = new Uint8Array([
      ...enc('<graphml>\n<graph>\n<node id="'),
      0xe9,
      ...enc('"/></graph></graphml>'),
    ]);
    const r = readGraphml(bytes, ctx());
    expect(errorText(r)).toMatch(/line 3: .*not valid UTF-8/);
  });

  it('refuses a value of over 4 MB (a hostile attribute or text) by its line, and reads one just under', () => {
    const long = (n: number) => wrap(`<node id="a"/>\n<node id="b" note="${'x'.repeat(n)}"/>`);
    expect(errorText(readGraphml(long(MAX_MARKUP_GAP + 1), ctx()))).toMatch(
      /line 2: The file holds a single value of over 4 MB/,
    );
    expect(expectOk(readGraphml(long(MAX_MARKUP_GAP - 64), ctx())).records.entities).toHaveLength(
      2,
    );
  });

  it('refuses files over the size limit before parsing', () => {
    expect(errorText(readGraphml(wrap('<node id="a"/>'), { ...ctx() }, { maxBytes: 50 }))).toMatch(
      /larger than the .* limit/,
    );
  });

  it('refuses duplicate node ids and edges to missing nodes, naming each, and returns nothing', () => {
    const text = errorText(
      readGraphml(wrap('<node id="a"/><node id="a"/><edge id="y" source="b" target="a"/>'), ctx()),
    );
    expect(text).toMatch(/node "a": The node id "a" appears twice/);
    expect(text).toMatch(/edge "y": The edge refers to node "b"/);
  });

  it('keeps what it can: a value of the wrong type as text, undeclared keys and self-loops counted', () => {
    const keys = '<key id="k" for="node" attr.name="age" attr.type="int"/>';
    const body =
      '<node id="a"><data key="k">twelve</data></node><node id="b"><data key="zz">1</data></node>' +
      '<edge id="x" source="a" target="b"/><edge id="y" source="b" target="b"/>';
    const doc = expectOk(readGraphml(wrap(body, keys), ctx()));
    expect(doc.records.entities[0]?.imported).toMatchObject({ age: 'twelve' });
    expect(doc.records.links).toHaveLength(1);
    expect(doc.warnings.map((w) => [w.code, w.count])).toEqual([
      ['type-mismatch', 1],
      ['undeclared-key', 1],
      ['self-loop', 1],
    ]);
  });

  it("refuses, in Linchpin's own files, an unknown kind and an impossible date with the model’s reasons", () => {
    const keys =
      '<key id="f" for="graph" attr.name="linchpin.format" attr.type="string"/><key id="k" for="node" attr.name="kind" attr.type="string"/><key id="d" for="node" attr.name="dateOfBirth" attr.type="string"/>';
    const body =
      '<node id="a"><data key="k">alien</data></node><node id="b"><data key="d">2001-02-30</data></node>';
    const text = errorText(readGraphml(wrap(body, keys), ctx()));
    expect(text).toMatch(/"alien" is not a kind of entity/);
    expect(text).toMatch(/node "b": attrs.dateOfBirth: Expected a real date/);
  });

  it('does not decode an entity name found on Object.prototype (&constructor;)', () => {
    expect(errorText(readGraphml(wrap('<node id="a">&constructor;</node>'), ctx()))).toMatch(
      /Unknown XML entity &constructor;/,
    );
  });

  it('refuses documents that are not GraphML', () => {
    expect(errorText(readGraphml(enc('<gexf/>'), ctx()))).toMatch(/not GraphML/);
    expect(errorText(readGraphml(enc(''), ctx()))).toMatch(/no XML element|malformed/);
  });
});

describe('writeGraphml', () => {
  it('declares typed keys for fields and measures and refuses a measure named like a field', () => {
    const r = sampleRecords();
    const ok = expectOk(
      writeGraphml(
        graphDocument(r, { nodeData: new Map([[r.entities[0]!.id, { pagerank: 0.31 }]]) }),
      ),
    );
    expect(ok).toContain('attr.name="pagerank" attr.type="double"');
    expect(ok).toContain('attr.name="strength" attr.type="int"');
    // No empty fields: a nominal with no forenames writes none.
    expect(ok).not.toMatch(/<data key="n\d+"><\/data>/);
    const clash = writeGraphml(
      graphDocument(r, { nodeData: new Map([[r.entities[0]!.id, { label: 'x' }]]) }),
    );
    expect(errorText(clash)).toMatch(/"label" has the name of a built-in field/);
  });
});

describe('writeGraphml direction', () => {
  const only = (kind: 'associate' | 'member_of') => {
    const r = sampleRecords();
    r.links = r.links.map((l) => ({ ...l, kind }));
    return expectOk(writeGraphml(graphDocument(r)));
  };
  it('marks each edge as its link kind is: undirected graphs "undirected", directed ones "directed"', () => {
    expect(only('associate')).toContain('edgedefault="undirected"');
    expect(only('associate')).not.toContain('directed="true"');
    expect(only('member_of')).toContain('edgedefault="directed"');
    expect(only('member_of')).not.toContain('directed="false"');
  });
  it('in a mixed graph writes undirected links as directed="0" (xs:boolean false)', () => {
    const text = expectOk(writeGraphml(graphDocument(sampleRecords())));
    expect(text).toContain('edgedefault="directed"');
    expect(text).toContain('directed="true"');
    expect(text).toContain('directed="0"');
  });
});
