import { describe, expect, it } from 'vitest';
import { readEdgeListCsv, writeEdgeListCsv } from '../../../shared/formats/csv/edgeList';
import { counterIds, WS } from './sampleRecords';
import { enc, errorText, expectOk } from './helpers';

const ctx = () => ({ workspaceId: WS, now: '2024-06-01T00:00:00.000Z', newId: counterIds() });
const read = (edges: string, nodes?: string) =>
  readEdgeListCsv(enc(edges), nodes === undefined ? undefined : enc(nodes), ctx());

describe('edge list CSV', () => {
  it('reads a headerless edge list, making nodes from the edges', () => {
    const doc = expectOk(read('a,b\nb,c\n\na,c\n'));
    expect(doc.records.entities.map((e) => e.label)).toEqual(['a', 'b', 'c']);
    expect(doc.records.links).toHaveLength(3);
    expect([...doc.sourceIds.values()]).toEqual(['a', 'b', 'c']);
  });

  it('reads headers in any order and case, weights, quoted commas and a node list with labels', () => {
    const doc = expectOk(
      read(
        'Target,SOURCE,weight\n"Smith, J",x,2.5\n',
        'id,label\nx,Xavier\n"Smith, J",John Smith\nlonely,\n',
      ),
    );
    expect(doc.records.entities.map((e) => e.label)).toEqual(['Xavier', 'John Smith', 'lonely']);
    const [link] = doc.records.links;
    expect(doc.records.entities.find((e) => e.id === link?.source)?.label).toBe('Xavier');
    expect(link?.imported).toEqual({ weight: 2.5 });
  });

  it('names the row of ragged rows, bad weights and empty ends; drops and counts self-loops', () => {
    const text = errorText(read('source,target,weight\na,b,1\na,b\nc,d,heavy\n,d,1\ne,e,1\n'));
    expect(text).toMatch(/row 3: The row has 2 values but the file has 3 columns/);
    expect(text).toMatch(/row 4: The weight "heavy" is not a number/);
    expect(text).toMatch(/row 5: Both source and target are needed/);
    const doc = expectOk(read('source,target\na,b\ne,e\n'));
    expect(doc.records.links).toHaveLength(1);
    expect(doc.warnings).toMatchObject([{ code: 'self-loop', count: 1, examples: ['row 3'] }]);
  });

  it('explains a wrong delimiter, unknown columns and bad quotes', () => {
    expect(errorText(read('source;target\na;b\n'))).toMatch(/row 1: .*separated by semicolons/);
    expect(errorText(read('source,target,colour\na,b,red\n'))).toMatch(
      /row 1: Unknown column "colour". Expected columns: source, target, weight/,
    );
    expect(errorText(read('a,b\n"c,d\n'))).toMatch(/row 2: .*quote/i);
    expect(errorText(read('a,b\nc,d\n', 'id,label\n\n,nameless\n'))).toMatch(
      /nodes file, row 3: The node id is empty/,
    );
  });

  it('refuses text that is not UTF-8, naming the line', () => {
    const bytes = new Uint8Array([...enc('source,target\nJos'), 0xe9, ...enc(',b\n')]);
    expect(errorText(readEdgeListCsv(bytes, undefined, ctx()))).toMatch(
      /line 2: The file is not valid UTF-8/,
    );
    expect(
      errorText(readEdgeListCsv(new Uint8Array([0xff, 0xfe, 0x61, 0]), undefined, ctx())),
    ).toMatch(/UTF-16/);
  });

  it('writes ids back as they came, with weights only when there are any', () => {
    const doc = expectOk(read('source,target\nb,a\n'));
    expect(writeEdgeListCsv(doc)).toEqual({
      edges: 'source,target\nb,a\n',
      nodes: 'id,label\nb,b\na,a\n',
    });
  });

  it('defuses labels that a spreadsheet would run as formulas, and reads them back unchanged', () => {
    const planted = '=HYPERLINK("http://x","click")';
    const doc = expectOk(
      read(
        'source,target\nx,y\n',
        `id,label\nx,"${planted.replace(/"/g, '""')}"\ny,+447700900123\n`,
      ),
    );
    const files = writeEdgeListCsv(doc);
    expect(files.nodes).toContain(`"'=HYPERLINK`);
    expect(files.nodes).toContain(`"'+447700900123"`);
    expect(files.nodes.split('\n').some((line) => /(^|,)[=+\-@]/.test(line))).toBe(false);
    const back = expectOk(read(files.edges, files.nodes));
    expect(back.records.entities.map((e) => e.label)).toEqual([planted, '+447700900123']);
  });
});
