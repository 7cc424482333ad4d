import { describe, expect, it } from 'vitest';
import { importedNumber, type Entity, type Link } from '../../../shared/model';
import type { GraphDocument } from '../../../shared/formats/records';
import { errorText, expectOk } from './helpers';
import { FIXTURE_CLASSES, readFixture } from './fixtureFiles';

const byLabel = (doc: GraphDocument, label: string): Entity => {
  const e = doc.records.entities.find((x) => x.label === label);
  if (!e)
    throw new Error(
      `no entity "${label}" in ${doc.records.entities.map((x) => x.label).join(', ')}`,
    );
  return e;
};
const linkBetween = (doc: GraphDocument, a: string, b: string): Link | undefined => {
  const [x, y] = [byLabel(doc, a).id, byLabel(doc, b).id];
  return doc.records.links.find(
    (l) => (l.source === x && l.target === y) || (l.source === y && l.target === x),
  );
};
const warning = (doc: GraphDocument, code: string) => doc.warnings.find((w) => w.code === code);

describe('yEd', () => {
  it('desktop: labels from y:NodeLabel, geometry, fill and shape kept, the group node a group with its members', () => {
    const doc = expectOk(readFixture('yed-desktop.graphml'));
    expect(doc.records.entities.map((e) => e.label)).toEqual([
      'Kayden Rook',
      '07700 900222',
      'Eastside Crew',
      'Tyler Banfield',
      'Jade Moss',
      '14 Quarry Row, ZZ1 4QR',
    ]);
    expect(byLabel(doc, 'Kayden Rook').imported).toMatchObject({
      description: 'Controller (fictional)',
      'layout.x': 120,
      'layout.y': 60,
      'layout.width': 40,
      'layout.colour': '#FFCC00',
      'layout.shape': 'ellipse',
      id: 'n0',
    });
    const crew = byLabel(doc, 'Eastside Crew');
    expect(crew.kind).toBe('ocg');
    // The active realizer (open group) gives the drawing, not the closed one.
    expect(crew.imported).toMatchObject({ 'layout.width': 230, 'layout.height': 150 });
    const members = doc.records.links.filter((l) => l.kind === 'member_of');
    expect(members.map((l) => l.target)).toEqual([crew.id, crew.id]);
    expect(linkBetween(doc, 'Kayden Rook', 'Tyler Banfield')).toMatchObject({
      kind: 'associate',
      label: 'controls',
      imported: {
        description: 'seen together 3 times',
        'layout.colour': '#FF0000',
        directed: true,
      },
    });
    // Arrows none/none: drawn without a direction, so not marked directed.
    expect(linkBetween(doc, 'Jade Moss', 'Tyler Banfield')?.imported?.directed).toBeUndefined();
    expect(warning(doc, 'self-loop')).toMatchObject({ count: 1, examples: ['edge "e3"'] });
  });

  it('Live: labels from x:List/y:Label, y:RectD geometry, #AARRGGBB colours, nested group', () => {
    const doc = expectOk(readFixture('yed-live.graphml'));
    expect(doc.records.entities.map((e) => e.label)).toEqual([
      'Reece Dolan',
      'Lena Harwick',
      'Northgate Boys',
      'Ash Pellow',
      'Cole Varney',
    ]);
    expect(byLabel(doc, 'Reece Dolan').imported).toMatchObject({
      'layout.x': -45,
      'layout.width': 60,
      'layout.colour': '#B0C4DE',
      'layout.shape': 'ellipse',
    });
    expect(byLabel(doc, 'Northgate Boys').kind).toBe('ocg');
    expect(linkBetween(doc, 'Reece Dolan', 'Lena Harwick')?.label).toBe('sister');
    expect(warning(doc, 'self-loop')?.count).toBe(1);
    expect(warning(doc, 'group-member')?.count).toBe(2);
  });
});

describe('Gephi', () => {
  it('GraphML: attributes named like our fields stay imported, "null" numbers read as no value', () => {
    const doc = expectOk(readFixture('gephi.graphml'));
    const bryn = byLabel(doc, 'Bryn Kettle');
    expect(bryn.kind).toBe('nominal');
    expect(bryn.imported).toMatchObject({ 'Modularity Class': 0, x: -53.6, r: 0, size: 18 });
    expect(byLabel(doc, 'Cass Mallory').imported?.['Eigenvector Centrality']).toBeUndefined();
    expect(doc.records.links[0]).toMatchObject({
      kind: 'associate',
      imported: { kind: 'marriage', weight: 2, 'Edge Label': 'partner' },
    });
    expect(warning(doc, 'empty-number')?.count).toBe(1);
  });

  it('0.9 GEXF 1.2draft: viz size, position and colour kept; typed attributes', () => {
    const doc = expectOk(readFixture('gephi-0.9.gexf'));
    expect(byLabel(doc, 'Rhys Calder').imported).toMatchObject({
      'Modularity Class': 0,
      'Betweenness Centrality': 12.5,
      'layout.size': 22.5,
      'layout.x': -102.4,
      'layout.y': 58.77,
      'layout.colour': '#D55E00',
    });
    expect(byLabel(doc, 'Unit 4, Mill Yard ZZ9 2PL').imported?.['layout.shape']).toBe('square');
    expect(linkBetween(doc, 'Nell Oakes', 'Unit 4, Mill Yard ZZ9 2PL')).toMatchObject({
      label: 'stays at',
      imported: { kind: 'address', weight: 1 },
    });
  });

  it('0.8: eleven self-loops dropped and counted, not the whole file', () => {
    const doc = expectOk(readFixture('gephi-0.8-selfloops.gexf'));
    expect(doc.records.entities).toHaveLength(12);
    expect(doc.records.links).toHaveLength(11);
    expect(warning(doc, 'self-loop')?.count).toBe(11);
    expect(warning(doc, 'empty-number')?.count).toBe(2);
  });

  it('0.7 (GEXF 1.0 namespace): attvalues naming their column by position, datefrom/dateto, cardinal weights', () => {
    const doc = expectOk(readFixture('gephi-0.7.gexf'));
    expect(byLabel(doc, 'Gus Ferrier').imported).toMatchObject({ Nickname: 'Ferret', Arrests: 4 });
    expect(byLabel(doc, 'Stan Pike').imported).toMatchObject({
      start: '2009-01-01',
      end: '2010-06-30',
    });
    expect(linkBetween(doc, 'Gus Ferrier', 'Bea Lowther')?.imported).toMatchObject({
      Meetings: 6,
      weight: 3,
    });
    expect(linkBetween(doc, 'Gus Ferrier', 'Stan Pike')).toMatchObject({
      firstSeen: '2009-03-01',
      lastSeen: '2009-08-15',
      imported: { directed: true },
    });
  });

  it('0.10 GEXF 1.3: hex colours, parents as group membership, edge kinds kept', () => {
    const doc = expectOk(readFixture('gephi-0.10.gexf'));
    expect(byLabel(doc, 'Quarry Lane Firm').kind).toBe('ocg');
    expect(byLabel(doc, 'Quarry Lane Firm').imported?.['layout.colour']).toBe('#d55e00');
    expect(doc.records.links.filter((l) => l.kind === 'member_of')).toHaveLength(2);
    expect(linkBetween(doc, 'Dane Halloway', '07700 900717')?.imported).toMatchObject({
      calls: 17,
      'edge kind': 'calls',
    });
  });

  it('GEXF 1.1 dynamics: spells to first and last seen, values over time kept with their periods', () => {
    const doc = expectOk(readFixture('gexf-1.1-dynamic.gexf'));
    expect(byLabel(doc, 'Hal Brennick').imported).toMatchObject({
      status: 'core member',
      'status (over time)': 'associate (2021-01-01 to 2021-05-31); core member (2021-06-01 to …)',
      borough: 'Northvale (fictional)',
    });
    expect(byLabel(doc, 'Kez Moreau').imported).toMatchObject({
      start: '2021-02-01',
      end: '2021-11-30',
      spells: '2021-02-01 to 2021-04-30; 2021-09-01 to 2021-11-30',
    });
    expect(linkBetween(doc, 'Kez Moreau', 'Roz Dalby')).toMatchObject({
      firstSeen: '2021-03-01',
      lastSeen: '2021-10-20',
    });
    expect(warning(doc, 'dynamic-values')?.count).toBe(1);
  });

  it('reads a file that declares ISO-8859-1', () => {
    const doc = expectOk(readFixture('latin1.gexf'));
    expect(doc.records.entities.map((e) => e.label)).toEqual([
      'René Lefèvre',
      'Jürgen Müller',
      'Seán Ó Briáin',
    ]);
    expect(doc.records.links[0]?.label).toBe('café meetings £1,000');
  });
});

describe('networkx and igraph (files the tools wrote)', () => {
  it('networkx GraphML: inf, -inf and nan read as such; kind, strength and gender stay imported', () => {
    const doc = expectOk(readFixture('networkx.graphml'));
    const jaxon = byLabel(doc, 'Jaxon Reeve (fictional)');
    expect(jaxon.kind).toBe('nominal');
    expect(jaxon).not.toHaveProperty('attrs.gender');
    expect(jaxon.imported).toMatchObject({ gender: true, risk: { nonFinite: 'inf' } });
    expect(byLabel(doc, 'Mina Castell (fictional)').imported?.risk).toEqual({ nonFinite: '-inf' });
    expect(importedNumber(byLabel(doc, 'Tobias Wren (fictional)').imported?.risk)).toBeNaN();
    const marriage = linkBetween(doc, 'Jaxon Reeve (fictional)', 'Mina Castell (fictional)');
    expect(marriage).toMatchObject({
      kind: 'associate',
      strength: 3,
      imported: { kind: 'marriage', strength: 0.75, since: 2019 },
    });
    expect(warning(doc, 'duplicate-edge')?.count).toBe(1);
    expect(warning(doc, 'self-loop')?.count).toBe(1);
    expect(doc.records.links).toHaveLength(3);
  });

  it('networkx GEXF: INF, -INF and NaN as networkx writes them in GEXF', () => {
    const doc = expectOk(readFixture('networkx.gexf'));
    expect(byLabel(doc, 'Jaxon Reeve (fictional)').imported?.risk).toEqual({ nonFinite: 'inf' });
    expect(doc.records.links).toHaveLength(4);
    expect(warning(doc, 'self-loop')?.count).toBe(1);
  });

  it('igraph GraphML: Inf and -Inf, names as labels, a directed graph', () => {
    const doc = expectOk(readFixture('igraph.graphml'));
    expect(byLabel(doc, 'Kit Harrow (fictional)').imported?.score).toEqual({ nonFinite: 'inf' });
    const owes = doc.records.links.find((l) => l.imported?.kind === 'owes');
    expect(owes?.imported).toMatchObject({ weight: { nonFinite: '-inf' }, directed: true });
    expect(warning(doc, 'self-loop')?.count).toBe(1);
  });
});

describe('other GraphML', () => {
  it('graph-tool: hexadecimal floats, vector and short types, canonical ids; graph-level values said to be left out', () => {
    const doc = expectOk(readFixture('graph-tool.graphml'));
    expect(doc.records.entities.map((e) => e.label)).toEqual([
      'Jonah Pike (fictional)',
      'Hollis Mercer (fictional)',
      'Della Rusk (fictional)',
    ]);
    expect(byLabel(doc, 'Jonah Pike (fictional)').imported).toMatchObject({
      _graphml_vertex_id: 'kestrel-01',
      pos: '3, -1',
      tags: 'supplier, driver',
      pagerank: 0.2,
    });
    expect(doc.records.links.map((l) => l.imported)).toEqual([
      { weight: 1.5, layer: 1, confirmed: true, id: 'e0' },
      { weight: 0.5, layer: 2, confirmed: false, id: 'e1' },
    ]);
    expect(warning(doc, 'self-loop')?.count).toBe(1);
    expect(warning(doc, 'graph-data')).toMatchObject({
      count: 1,
      examples: ['graph "description"'],
    });
  });

  it('a 301-character name is shortened to the model limit, the full text kept, no follow-on error', () => {
    const doc = expectOk(readFixture('tinkerpop.graphml'));
    const long = doc.records.entities[1]!;
    expect(long.label).toHaveLength(300);
    expect(long.label.endsWith('…')).toBe(true);
    expect(String(long.imported?.label)).toHaveLength(301);
    expect(doc.records.links).toHaveLength(3);
    expect(warning(doc, 'long-label')?.count).toBe(1);
  });

  it('a hyperedge is refused with one clear error per hyperedge', () => {
    const text = errorText(readFixture('hyperedge.graphml'));
    expect(text).toMatch(/hyperedge "meeting-1": It joins 3 nodes at once \(a, b, c\)/);
    expect(text).toMatch(/hyperedge "meeting-2": It joins 2 nodes/);
    expect(text.split('\n')).toHaveLength(2);
  });
});

describe('i2 ANX', () => {
  it('ANB-style chart: both ChartItemCollections, representations by type, dates, grades, cards, arrows, link words', () => {
    const doc = expectOk(readFixture('anb-style.anx'));
    expect(doc.records.entities.map((e) => [e.label, e.kind])).toEqual([
      ['Corin Vash', 'nominal'],
      ['Flat 3, Rowan Court, ZZ4 1AB', 'location'],
      ['07700 900464', 'phone'],
      ['Tess Morrow', 'nominal'],
      ['Meeting at the car wash', 'other'],
      ['Chart prepared from partner returns, March 2024', 'other'],
    ]);
    expect(doc.records.links).toHaveLength(3);
    const corin = byLabel(doc, 'Corin Vash');
    expect(corin.imported).toMatchObject({
      'i2 type': 'Drug Dealer',
      'i2 icon': 'Person',
      Grade: '2B P',
      'Source reference': 'INT/24/0012',
      'layout.x': 100,
      'layout.y': 150,
      Nationality: 'British',
    });
    expect(corin.provenance).toHaveLength(1);
    expect(doc.records.intel[0]).toMatchObject({ reference: 'INT/24/0012', date: '2024-02-03' });
    const meeting = byLabel(doc, 'Meeting at the car wash');
    expect(meeting.attrs).toEqual({ type: 'Meeting' });
    expect(meeting.imported).toMatchObject({
      'Date and time': '2024-02-10T14:15:00',
      'i2 representation': 'EventFrame',
      'Seizure value': 2500,
    });
    expect(byLabel(doc, 'Tess Morrow').imported?.['i2 representation']).toBe('ThemeLine');
    const uses = linkBetween(doc, 'Corin Vash', '07700 900464');
    expect(uses).toMatchObject({
      kind: 'uses_phone',
      source: corin.id,
      firstSeen: '2024-01-20',
      label: '',
    });
    expect(uses?.grade).toMatchObject({ source: '1', intelligence: 'A', handling: 'P' });
    // "Lives at" drawn from the address with the arrow on its tail: person resides at address.
    expect(linkBetween(doc, 'Corin Vash', 'Flat 3, Rowan Court, ZZ4 1AB')).toMatchObject({
      kind: 'resides_at',
      source: corin.id,
      imported: { Strength: 'Unconfirmed' },
    });
    const attended = linkBetween(doc, 'Tess Morrow', 'Meeting at the car wash');
    expect(attended).toMatchObject({
      kind: 'associate',
      label: 'Attended',
      firstSeen: '2024-02-10',
    });
    expect(attended?.notes).toMatch(/i2 card: CCTV/);
    expect(doc.types.find((t) => t.type === 'Drug Dealer')).toMatchObject({
      kind: 'nominal',
      by: 'icon',
    });
  });

  it('the analyst’s mapping changes a type’s kind, or leaves its items and their links out', () => {
    const doc = expectOk(
      readFixture('anb-style.anx', {
        Meeting: 'skip',
        'Text Block': 'skip',
        'Safe House': 'organisation',
      }),
    );
    expect(doc.records.entities).toHaveLength(4);
    expect(byLabel(doc, 'Flat 3, Rowan Court, ZZ4 1AB').kind).toBe('organisation');
    expect(doc.records.links).toHaveLength(2);
    expect(warning(doc, 'anx-skipped-type')?.count).toBe(2);
    expect(warning(doc, 'anx-skipped-link')?.count).toBe(1);
  });

  it('Lumify-style chart: types by icon family from concept IRIs, arrows, free labels counted', () => {
    const doc = expectOk(readFixture('lumify-style.anx'));
    expect(doc.records.entities.map((e) => e.kind)).toEqual([
      'nominal',
      'phone',
      'location',
      'other',
    ]);
    expect(byLabel(doc, 'Account 40-11-22 (fictional)').attrs).toEqual({
      type: 'http://lumify.io/dev#bankAccount',
    });
    const marek = byLabel(doc, 'Marek Sollis');
    expect(linkBetween(doc, 'Marek Sollis', '9 Weir Close, ZZ3 8LT')).toMatchObject({
      kind: 'resides_at',
      source: marek.id,
    });
    expect(linkBetween(doc, 'Marek Sollis', '07700 900818')).toMatchObject({ kind: 'uses_phone' });
    expect(warning(doc, 'anx-annotation')?.count).toBe(1);
  });

  it('SnagL-style chart (.NET serializer): no types given, so "other" until mapped; link words from LinkStyle', () => {
    const doc = expectOk(readFixture('snagl-style.anx'));
    expect(doc.types).toEqual([{ type: '(no type)', count: 3, kind: 'other', by: 'fallback' }]);
    expect(doc.records.links.map((l) => [l.kind, l.label])).toEqual([
      ['family', ''],
      ['associate', 'Owes money to'],
      ['family', ''],
    ]);
    expect(byLabel(doc, 'Fenella Crowe').imported).toMatchObject({
      Nickname: 'Fen',
      'layout.colour': '#B0C4DE',
    });
    const mapped = expectOk(readFixture('snagl-style.anx', { '(no type)': 'nominal' }));
    expect(mapped.records.entities.every((e) => e.kind === 'nominal')).toBe(true);
  });
});

describe('call records', () => {
  it('A/B numbers, separate date and time, m:ss and h:mm:ss, SMS and data counted apart, incoming turned round, self-call dropped, extra columns kept', () => {
    const doc = expectOk(readFixture('cdr-a-b-number.csv'));
    const phone = (n: string) => doc.records.entities.find((e) => e.label === n)!.id;
    const link = (a: string, b: string) =>
      doc.records.links.find((l) => l.source === phone(a) && l.target === phone(b));
    expect(link('+447700900551', '+447700900552')).toMatchObject({
      callCount: 2,
      callSeconds: 155 + 12,
      firstSeen: '2024-03-01',
      lastSeen: '2024-03-04',
      imported: {
        'Other events': 1,
        'Cell ids': 'ZZ-CELL-0113',
        'Record ID': '1; 2; 8',
        Roaming: 'N',
      },
    });
    // Row 4 is incoming: the other number called.
    expect(link('+447700900552', '+447700900551')).toMatchObject({
      callCount: 1,
      callSeconds: 664,
    });
    expect(link('+447700900551', '+447700900554')).toMatchObject({ callSeconds: 3723 });
    expect(link('+447700900551', '+447700900553')).toMatchObject({
      callCount: 0,
      imported: { SMS: 1 },
    });
    expect(link('+447700900553', '+447700900551')?.imported?.SMS).toBe(1);
    expect(warning(doc, 'self-call')).toMatchObject({
      count: 1,
      examples: ['row 6 (+447700900551)'],
    });
  });

  it('a German export: semicolons, Datum and Uhrzeit, Rufnummer A and B', () => {
    const doc = expectOk(readFixture('cdr-german.csv'));
    expect(doc.records.entities.map((e) => e.label)).toEqual([
      '+4915123456789',
      '+447700900661',
      '+447700900662',
    ]);
    expect(doc.records.links.map((l) => [l.callCount, l.callSeconds, l.firstSeen])).toEqual([
      [1, 75, '2024-04-02'],
      [0, 0, '2024-04-02'],
      [1, 312, '2024-04-03'],
    ]);
    expect(doc.records.links[2]?.imported).toMatchObject({
      Bemerkung: 'Rückruf',
      'Cell ids': 'DE-Z-4420',
    });
    expect(warning(doc, 'self-call')?.count).toBe(1);
  });
});

describe('counts per class of fixture (for the closing note)', () => {
  it('reads every fixture of every class', () => {
    const rows: string[] = [];
    for (const [cls, files] of Object.entries(FIXTURE_CLASSES)) {
      let nodes = 0;
      let links = 0;
      let warnings = 0;
      for (const f of files) {
        const doc = expectOk(readFixture(f));
        nodes += doc.records.entities.length;
        links += doc.records.links.length;
        warnings += doc.warnings.reduce((n, w) => n + w.count, 0);
      }
      rows.push(
        `${cls}: ${files.length} files, ${nodes} entities, ${links} links, ${warnings} counted warnings`,
      );
      expect(nodes).toBeGreaterThan(0);
    }
    console.log(`[fixtures]\n${rows.join('\n')}`);
  });
});
