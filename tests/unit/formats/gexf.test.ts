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
  it('reads a Gephi 1.2 file: labels, typed attributes with defaults, weights; ignores viz', () => {
    const doc = expectOk(readGexf(fixture('foreign.gexf'), ctx()));
    expect(doc.records.entities.map((e) => e.label)).toEqual(['Marcus', 'Tia', 'Leon']);
    const [marcus, tia] = doc.records.entities;
    expect(doc.nodeData.get(marcus!.id)).toEqual({ 'Modularity Class': 2, role: 'runner' });
    expect(doc.nodeData.get(tia!.id)).toEqual({ role: 'unknown' });
    expect(doc.sourceIds.get(marcus!.id)).toBe('1');
    expect(doc.records.links.map((l) => doc.linkData.get(l.id)?.weight)).toEqual([2, undefined]);
  });

  it('refuses entity expansion (billion laughs) before parsing', () => {
    expect(errorText(readGexf(fixture('billion-laughs.gexf'), ctx()))).toMatch(
      /line 3: .*declares XML entities/,
    );
  });

  it('names nodes with bad values and edges with unknown ends', () => {
    const file = `<gexf version="1.3"><graph><attributes class="node"><attribute id="0" title="n" type="integer"/></attributes>
      <nodes><node id="a"><attvalues><attvalue for="0" value="x"/><attvalue for="9" value="1"/></attvalues></node></nodes>
      <edges><edge id="e" source="a" target="q" weight="heavy"/></edges></graph></gexf>`;
    const text = errorText(readGexf(enc(file), ctx()));
    expect(text).toMatch(/node "a": The n value "x" is not a valid integer/);
    expect(text).toMatch(/node "a": It has a value for attribute "9"/);
    expect(text).toMatch(/edge "e": The weight "heavy" is not a number/);
  });

  it('refuses a file that is not GEXF', () => {
    expect(errorText(readGexf(enc('<graphml/>'), ctx()))).toMatch(/not GEXF/);
  });
});

describe('writeGexf', () => {
  it('writes GEXF 1.3 with labels as node labels and weights as edge weights', () => {
    const r = sampleRecords();
    const text = expectOk(
      writeGexf(graphDocument(r, { linkData: new Map([[r.links[0]!.id, { weight: 4.5 }]]) }), {
        today: '2024-06-01',
      }),
    );
    expect(text).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(text).toContain('version="1.3"');
    expect(text).toContain(`label="Dean “Tall” O’Neill"`);
    expect(text).toMatch(/<edge id="lnk_0+1" [^>]*weight="4.5"/);
    expect(text).not.toContain('title="weight"');
  });
});
