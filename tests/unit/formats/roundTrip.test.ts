import { describe, expect, it } from 'vitest';
import {
  graphDocument,
  type GraphDocument,
  type WorkspaceRecords,
} from '../../../shared/formats/records';
import { readDocument, writeDocument, type FileFormat } from '../../../shared/formats/registry';
import { openBundle, sealBundle } from '../../../shared/formats/bundle/bundle';
import { enc, expectOk } from './helpers';
import { sampleRecords, WS } from './sampleRecords';

const FAST_KDF = { memoryKiB: 64, iterations: 1, parallelism: 1 };

function roundTrip(format: FileFormat, doc: GraphDocument): GraphDocument {
  const written = expectOk(writeDocument(format, doc));
  return expectOk(
    readDocument(
      format,
      enc(written.main),
      { workspaceId: WS },
      written.nodes ? { nodes: enc(written.nodes) } : {},
    ),
  );
}

/** ANX mints new intelligence ids (cards have none); map them back by reference to compare. */
function normaliseIntelIds(back: WorkspaceRecords, original: WorkspaceRecords): WorkspaceRecords {
  const idOf = new Map(
    back.intel.map((i) => [
      i.id,
      original.intel.find((o) => o.reference === i.reference)?.id ?? i.id,
    ]),
  );
  const fix = (ids: string[]) => ids.map((id) => idOf.get(id) ?? id);
  return {
    entities: back.entities.map((e) => ({ ...e, provenance: fix(e.provenance) })),
    links: back.links.map((l) => ({ ...l, provenance: fix(l.provenance) })),
    intel: back.intel.map((i) => ({ ...i, id: idOf.get(i.id) ?? i.id })),
  };
}

/** What came back as imported attributes (measures written out come back as the file's values). */
function split(records: WorkspaceRecords, drop: (name: string) => boolean = () => false) {
  const imported = new Map<string, Record<string, unknown>>();
  const strip = <T extends { id: string; imported?: Record<string, unknown> }>(x: T): T => {
    const { imported: bag, ...rest } = x;
    const kept = Object.fromEntries(Object.entries(bag ?? {}).filter(([k]) => !drop(k)));
    if (Object.keys(kept).length) imported.set(x.id, kept);
    return rest as T;
  };
  return {
    records: {
      entities: records.entities.map(strip),
      links: records.links.map(strip),
      intel: records.intel,
    } as WorkspaceRecords,
    imported,
  };
}

describe('round trips keep the graph and its attributes', () => {
  const records = sampleRecords();
  const measures = new Map([
    [records.entities[0]!.id, { betweenness: 0.4167, degree: 5, community: 2, keyPlayer: true }],
    [records.entities[1]!.id, { betweenness: 0, degree: 2, community: 1, keyPlayer: false }],
  ]);

  it('json carries every record, intelligence item and measure exactly', () => {
    const back = roundTrip('json', graphDocument(records, { nodeData: measures }));
    expect(back.records).toEqual(records);
    expect(back.nodeData).toEqual(measures);
  });

  it('graphml carries every record and intelligence item exactly; measures come back as imported values', () => {
    const back = split(
      roundTrip('graphml', graphDocument(records, { nodeData: measures })).records,
    );
    expect(back.records).toEqual(records);
    expect(back.imported).toEqual(measures);
  });

  it('gexf carries entities and links exactly, measures as imported values, but not intelligence items', () => {
    const back = split(roundTrip('gexf', graphDocument(records, { nodeData: measures })).records);
    expect(back.records.entities).toEqual(records.entities);
    expect(back.records.links).toEqual(records.links);
    expect(back.records.intel).toEqual([]);
    expect(back.imported).toEqual(measures);
  });

  it('graphml and gexf carry imported attributes back under their own names, infinities included', () => {
    const r = sampleRecords();
    r.entities[0]!.imported = { kind: 'marriage', risk: { nonFinite: '-inf' }, 'A B': true };
    r.links[0]!.imported = { weight: { nonFinite: 'nan' }, since: 2019 };
    for (const format of ['graphml', 'gexf'] as const) {
      const back = roundTrip(format, graphDocument(r));
      expect(back.records.entities[0]?.imported, format).toEqual(r.entities[0]!.imported);
      expect(back.records.links[0]?.imported, format).toEqual(r.links[0]!.imported);
    }
  });

  it('anx carries entities, links, grades and cited intelligence (as cards), with new intelligence ids', () => {
    const read = roundTrip('anx', graphDocument(records, { nodeData: measures }));
    // The chart's positions (a grid here: the workspace stored none) come back as drawing values.
    const back = split(read.records, (name) => name.startsWith('layout.'));
    const normalised = normaliseIntelIds(back.records, records);
    expect(normalised.entities).toEqual(records.entities);
    expect(normalised.links).toEqual(records.links);
    expect(back.imported).toEqual(measures);
    // Cards have no place for an item's own timestamps, so those are the import's.
    const strip = ({ createdAt: _c, updatedAt: _u, ...rest }: WorkspaceRecords['intel'][number]) =>
      rest;
    expect(normalised.intel.map(strip)).toEqual(records.intel.map(strip));
  });

  it('an intelligence item cited by several chart items comes back as one item', () => {
    const r = sampleRecords();
    r.links[2]!.provenance = [r.intel[0]!.id];
    r.entities[4]!.provenance = [r.intel[0]!.id];
    const back = roundTrip('anx', graphDocument(r));
    expect(back.records.intel).toHaveLength(2);
    const cited = new Set(
      [...back.records.entities, ...back.records.links].flatMap((x) => x.provenance),
    );
    expect(cited.size).toBe(2);
  });

  it('csv keeps the graph, node ids as source ids and labels, and weights', () => {
    const weights = new Map(records.links.map((l, i) => [l.id, { weight: i + 0.5 }]));
    const back = roundTrip('csv', graphDocument(records, { linkData: weights }));
    const label = (doc: WorkspaceRecords, id: string) =>
      doc.entities.find((e) => e.id === id)?.label;
    expect(back.records.entities.map((e) => e.label)).toEqual(records.entities.map((e) => e.label));
    expect(
      back.records.links.map((l) => [label(back.records, l.source), label(back.records, l.target)]),
    ).toEqual(records.links.map((l) => [label(records, l.source), label(records, l.target)]));
    expect(back.records.links.map((l) => l.imported?.weight)).toEqual(
      [...weights.values()].map((d) => d.weight),
    );
  });

  it('a bundle carries everything exactly', async () => {
    const sealed = expectOk(
      await sealBundle(
        graphDocument(records, { nodeData: measures }),
        'correct horse battery',
        FAST_KDF,
      ),
    );
    const back = expectOk(await openBundle(sealed, 'correct horse battery', { workspaceId: WS }));
    expect(back.records).toEqual(records);
    expect(back.nodeData).toEqual(measures);
  });

  it('edge list ids survive csv -> graphml -> csv as ids', () => {
    const edges = 'source,target,weight\nalice,bob,2\nbob,carol,0.5\n';
    const nodes = 'id,label\nalice,Alice Smith\nbob,Bob\ncarol,Carol\ndave,Dave (isolated)\n';
    const doc = expectOk(
      readDocument('csv', enc(edges), { workspaceId: WS }, { nodes: enc(nodes) }),
    );
    const graphml = expectOk(writeDocument('graphml', doc, { useSourceIds: true })).main;
    expect(graphml).toContain('<node id="alice">');
    const again = expectOk(readDocument('graphml', enc(graphml), { workspaceId: WS }));
    const csv = expectOk(writeDocument('csv', again));
    expect(csv.main).toBe(edges);
    expect(csv.nodes).toBe(nodes);
  });
});
