import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGraphml } from '../../../shared/formats/graphml/readGraphml';
import { writeGraphml } from '../../../shared/formats/graphml/writeGraphml';
import { graphDocument } from '../../../shared/formats/records';
import { counterIds, sampleRecords, WS } from './sampleRecords';
import { enc, errorText, expectOk } from './helpers';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/formats/${name}`));
const ctx = () => ({ workspaceId: WS, now: '2024-06-01T00:00:00.000Z', newId: counterIds() });
const wrap = (body: string, keys = '') =>
  enc(
    `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">${keys}<graph edgedefault="directed">${body}</graph></graphml>`,
  );

describe('readGraphml on files from other tools', () => {
  it('reads typed keys, defaults, entity escapes and weights, keeping node ids as source ids', () => {
    const doc = expectOk(readGraphml(fixture('foreign.graphml'), ctx()));
    const [kyle, jade, phone] = doc.records.entities;
    expect(kyle).toMatchObject({ kind: 'nominal', label: 'Kyle & "K" Brown' });
    expect(jade?.label).toBe('Jade');
    expect(phone).toMatchObject({ kind: 'phone', label: 'n2', attrs: { number: '+447700900321' } });
    expect(doc.sourceIds.get(kyle!.id)).toBe('n0');
    expect(doc.nodeData.get(kyle!.id)).toEqual({ age: 19 });
    expect(doc.nodeData.get(jade!.id)).toEqual({ age: 0 });
    expect(doc.nodeData.get(phone!.id)).toEqual({ age: 0, note: 'burner' });
    expect(doc.records.links.map((l) => doc.linkData.get(l.id)?.weight)).toEqual([3.5, 1]);
    expect(doc.records.links.every((l) => l.kind === 'associate')).toBe(true);
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

  it('refuses files over the size limit before parsing', () => {
    expect(errorText(readGraphml(wrap('<node id="a"/>'), { ...ctx() }, { maxBytes: 50 }))).toMatch(
      /larger than the .* limit/,
    );
  });

  it('reports every bad node and edge, naming each, and returns nothing', () => {
    const keys = '<key id="k" for="node" attr.name="age" attr.type="int"/>';
    const body =
      '<node id="a"><data key="k">twelve</data></node><node id="b"><data key="zz">1</data></node>' +
      '<node id="a"/><edge id="x" source="a" target="nowhere"/><edge id="y" source="b" target="b"/>';
    const text = errorText(readGraphml(wrap(body, keys), ctx()));
    expect(text).toMatch(/node "a": The age value "twelve" is not a valid int/);
    expect(text).toMatch(/node "b": It uses the attribute key "zz"/);
    expect(text).toMatch(/node "a": The node id "a" appears twice/);
    const second = errorText(
      readGraphml(wrap('<node id="a"/><node id="a"/><edge id="y" source="b" target="b"/>'), ctx()),
    );
    expect(second).toMatch(/node "a": The node id "a" appears twice/);
    expect(second).toMatch(/edge "y": The edge refers to node "b"/);
  });

  it('refuses a self-loop, an unknown kind and an impossible date with the model’s reasons', () => {
    const keys =
      '<key id="k" for="node" attr.name="kind" attr.type="string"/><key id="d" for="node" attr.name="dateOfBirth" attr.type="string"/>';
    const body =
      '<node id="a"><data key="k">alien</data></node><node id="b"><data key="d">2001-02-30</data></node><edge id="l" source="b" target="b"/>';
    const text = errorText(readGraphml(wrap(body, keys), ctx()));
    expect(text).toMatch(/"alien" is not a kind of entity/);
    expect(text).toMatch(/node "b": attrs.dateOfBirth: Expected a real date/);
    expect(text).toMatch(/edge "l": target: A link needs two different ends/);
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
    const clash = writeGraphml(
      graphDocument(r, { nodeData: new Map([[r.entities[0]!.id, { label: 'x' }]]) }),
    );
    expect(errorText(clash)).toMatch(/"label" has the name of a built-in field/);
  });
});
