import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGexf } from '../../../shared/formats/gexf/readGexf';
import { writeGexf } from '../../../shared/formats/gexf/writeGexf';
import { graphDocument } from '../../../shared/formats/records';
import { counterIds, sampleRecords, WS } from './sampleRecords';
import { enc, errorText, expectOk } from './helpers';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/formats/${name}`));
const ctx = () => ({ workspaceId: WS, now: '2024-06-01T00:00:00.000Z', newId: counterIds() });

describe('readGexf', () => {
  it('reads a Gephi 1.2 file: labels, typed attributes with defaults, weights and viz, kept as imported', () => {
    const doc = expectOk(readGexf(fixture('foreign.gexf'), ctx()));
    expect(doc.records.entities.map((e) => e.label)).toEqual(['Marcus', 'Tia', 'Leon']);
    const [marcus, tia] = doc.records.entities;
    expect(marcus?.imported).toMatchObject({ 'Modularity Class': 2, role: 'runner', id: '1' });
    expect(marcus?.imported?.['layout.x']).toBeDefined();
    expect(tia?.imported).toEqual({ role: 'unknown', id: '2' });
    expect(doc.sourceIds.get(marcus!.id)).toBe('1');
    expect(doc.records.links.map((l) => l.imported?.weight)).toEqual([2, undefined]);
  });

  it('refuses entity expansion (billion laughs) before parsing', () => {
    expect(errorText(readGexf(fixture('billion-laughs.gexf'), ctx()))).toMatch(
      /line 3: .*declares XML entities/,
    );
  });

  it('names edges with unknown ends, and keeps (and counts) values that do not fit', () => {
    const file = `<gexf version="1.3"><graph><attributes class="node"><attribute id="0" title="n" type="integer"/></attributes>
      <nodes><node id="a"><attvalues><attvalue for="0" value="x"/><attvalue for="9" value="1"/></attvalues></node><node id="b"/></nodes>
      <edges><edge id="e" source="a" target="q"/><edge id="f" source="a" target="b" weight="heavy"/></edges></graph></gexf>`;
    expect(errorText(readGexf(enc(file), ctx()))).toMatch(/edge "e": The edge refers to node "q"/);
    const doc = expectOk(readGexf(enc(file.replace('target="q"', 'target="b"')), ctx()));
    expect(doc.records.entities[0]?.imported).toMatchObject({ n: 'x' });
    expect(doc.records.links.map((l) => l.imported?.weight)).toEqual([undefined, 'heavy']);
    expect(doc.warnings.map((w) => w.code)).toEqual(['type-mismatch', 'undeclared-attribute']);
  });

  it('refuses a file that is not GEXF', () => {
    expect(errorText(readGexf(enc('<graphml/>'), ctx()))).toMatch(/not GEXF/);
  });
});

describe('writeGexf', () => {
  const r = sampleRecords();
  const doc = graphDocument(r, { linkData: new Map([[r.links[0]!.id, { weight: 4.5 }]]) });

  it('writes GEXF 1.2draft by default, labels as node labels and weights as edge weights', () => {
    const text = expectOk(writeGexf(doc, { today: '2024-06-01' }));
    expect(text).toContain('<gexf xmlns="http://www.gexf.net/1.2draft"');
    expect(text).toContain('version="1.2"');
    expect(text).toContain(`label="Dean “Tall” O’Neill"`);
    expect(text).toMatch(/<edge id="lnk_0+1" [^>]*weight="4.5"/);
    expect(text).not.toContain('title="weight"');
  });

  it('writes GEXF 1.3 on request', () => {
    const text = expectOk(writeGexf(doc, { version: '1.3', today: '2024-06-01' }));
    expect(text).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(text).toContain('version="1.3"');
  });

  it('writes infinities as Java spells them (Gephi reads with Double.parseDouble) and positions as viz', () => {
    const s = sampleRecords();
    s.entities[0]!.imported = { risk: { nonFinite: 'inf' }, 'layout.x': 3, 'layout.y': 4 };
    const text = expectOk(writeGexf(graphDocument(s), { today: '2024-06-01' }));
    expect(text).toMatch(/value="Infinity"/);
    expect(text).toContain('<position x="3" y="4" z="0"/>');
  });
});
