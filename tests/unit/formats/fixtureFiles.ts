import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCallRecords } from '../../../shared/formats/cdr/readCallRecords';
import type { TypeMap } from '../../../shared/formats/anx/anxTypes';
import type { GraphDocument } from '../../../shared/formats/records';
import { formatOfPath, readDocument } from '../../../shared/formats/registry';
import type { FormatResult } from '../../../shared/formats/result';
import { counterIds, WS } from './sampleRecords';

export const FIXTURES = 'tests/fixtures/formats';

export const fixtureBytes = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

export const fixtureContext = () => ({
  workspaceId: WS,
  now: '2024-06-01T00:00:00.000Z',
  newId: counterIds(),
});

/** Reads a fixture the way the import screen does (call records by their guessed mapping). */
export function readFixture(name: string, typeMap?: TypeMap): FormatResult<GraphDocument> {
  const bytes = fixtureBytes(name);
  if (name.startsWith('cdr') || name === 'calls.csv')
    return readCallRecords(bytes, fixtureContext());
  const format = formatOfPath(name);
  if (!format) throw new Error(`No format for ${name}`);
  return readDocument(format, bytes, fixtureContext(), typeMap ? { typeMap } : {});
}

/** The classes of file the fixtures imitate, for the counts the closing report gives. */
export const FIXTURE_CLASSES: Record<string, string[]> = {
  'yEd (desktop and Live) GraphML': ['yed-desktop.graphml', 'yed-live.graphml'],
  'Gephi GraphML and GEXF (0.7 to 0.10, 1.0 to 1.3, Latin-1)': [
    'gephi.graphml',
    'gephi-0.7.gexf',
    'gephi-0.8-selfloops.gexf',
    'gephi-0.9.gexf',
    'gephi-0.10.gexf',
    'gexf-1.1-dynamic.gexf',
    'latin1.gexf',
    'foreign.gexf',
  ],
  'networkx and igraph (written by the tools themselves)': [
    'networkx.graphml',
    'networkx.gexf',
    'igraph.graphml',
  ],
  'other GraphML (graph-tool, TinkerPop, hand-made)': [
    'graph-tool.graphml',
    'tinkerpop.graphml',
    'foreign.graphml',
  ],
  'i2 ANX (two generators, ANB-style, hand-made)': [
    'lumify-style.anx',
    'snagl-style.anx',
    'anb-style.anx',
    'foreign.anx',
  ],
  'call records CSV': ['cdr-a-b-number.csv', 'cdr-german.csv', 'calls.csv'],
};
