/**
 * What the fuzz bench feeds each parser: seeded corruptions of a valid file (input i is always
 * the same bytes, so a child restarted after a hang or crash carries on at i + 1) followed by
 * the fixed hostile inputs. Every read is the app's own code, in this process.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { openBundle, sealBundle } from '../../../shared/formats/bundle/bundle';
import { readCallRecords } from '../../../shared/formats/cdr/readCallRecords';
import { tableFromCsv } from '../../../shared/formats/mapping';
import { graphDocument } from '../../../shared/formats/records';
import { readDocument, writeDocument, type FileFormat } from '../../../shared/formats/registry';
import type { FormatResult } from '../../../shared/formats/result';
import { WorkbookError } from '../../../renderer/import/xlsx/limits';
import { readFirstSheetHere } from '../../../renderer/import/xlsx/sheetCells';
import { mutate, seededRandom } from '../../unit/formats/helpers';
import { sampleRecords, WS } from '../../unit/formats/sampleRecords';
import { sheetCsv, sheetRows } from '../import/data';
import { sheetXlsx } from '../import/xlsx';
import { hostileBundles } from './hostileBundles';
import { csvHostile, jsonHostile, xmlHostile, type FixedInput } from './hostileText';
import { hostileWorkbooks } from './hostileWorkbooks';
import { entry, zipOf } from './zipWriter';

/** accepted: a whole result; clear: the parser's own errors; thrown: an exception escaped it. */
export type Outcome = 'accepted' | 'clear' | 'thrown';

export interface Corpus {
  inputs: number;
  run(i: number): Promise<Outcome>;
}

const ctx = { workspaceId: WS };
const MUTATIONS = 2000;
const enc = (s: string) => new TextEncoder().encode(s);

/** The guard's catch-all message means an exception the parser did not foresee. */
function judge(result: FormatResult<unknown>): Outcome {
  if (result.ok) return 'accepted';
  return result.errors.some((e) => /^The file could not be read \(/.test(e.message))
    ? 'thrown'
    : 'clear';
}

async function settle(body: () => Promise<Outcome> | Outcome): Promise<Outcome> {
  try {
    return await body();
  } catch {
    return 'thrown';
  }
}

/** Mutations of `valid` (input i seeded by seed + i), then the fixed inputs. */
function corpus(
  valid: Uint8Array,
  seed: number,
  fixed: readonly FixedInput[],
  parse: (bytes: Uint8Array) => Promise<Outcome> | Outcome,
  mutations = MUTATIONS,
): Corpus {
  return {
    inputs: mutations + fixed.length,
    run: (i) =>
      settle(() =>
        parse(
          i < mutations ? mutate(valid, seededRandom(seed + i)) : fixed[i - mutations]!.bytes(),
        ),
      ),
  };
}

function formatCorpus(format: FileFormat, seed: number, fixed: readonly FixedInput[]): Corpus {
  const doc = graphDocument(sampleRecords());
  const written = writeDocument(format, doc);
  if (!written.ok) throw new Error(`cannot write a ${format} sample`);
  const nodes = written.value.nodes;
  return corpus(enc(written.value.main), seed, fixed, (bytes) =>
    judge(readDocument(format, bytes, ctx, nodes ? { nodes: enc(nodes) } : {})),
  );
}

async function xlsxOutcome(bytes: Uint8Array): Promise<Outcome> {
  try {
    await readFirstSheetHere(new Uint8Array(bytes).buffer);
    return 'accepted';
  } catch (e) {
    return e instanceof WorkbookError ? 'clear' : 'thrown';
  }
}

/** XLSX: corruptions of the XML parts (zipped honestly), of the zip itself, then the bombs. */
function xlsxCorpus(): Corpus {
  const good = new Uint8Array(sheetXlsx(sheetRows(20)));
  const parts = unzipSync(good);
  const names = Object.keys(parts);
  const half = MUTATIONS / 2;
  return {
    inputs: MUTATIONS + hostileWorkbooks.length,
    run: (i) => {
      if (i >= MUTATIONS) return xlsxOutcome(hostileWorkbooks[i - MUTATIONS]!.bytes());
      const rand = seededRandom(3000 + i);
      if (i >= half) return xlsxOutcome(mutate(good, rand));
      const name = names[Math.floor(rand() * names.length)]!;
      return xlsxOutcome(
        zipOf(names.map((n) => entry(n, n === name ? mutate(parts[n]!, rand) : parts[n]!))),
      );
    },
  };
}

async function bundleCorpus(): Promise<Corpus> {
  const sealed = await sealBundle(graphDocument(sampleRecords()), 'pass phrase', {
    memoryKiB: 8,
    iterations: 1,
    parallelism: 1,
  });
  if (!sealed.ok) throw new Error('cannot seal a sample bundle');
  const fixed = hostileBundles.map((b) => ({ name: b.name, bytes: b.bytes }));
  return corpus(
    sealed.value,
    4000,
    fixed,
    async (bytes) => judge(await openBundle(bytes, 'pass phrase', ctx)),
    MUTATIONS / 4,
  );
}

export async function corpusOf(parser: string): Promise<Corpus> {
  switch (parser) {
    case 'csv': {
      // Alternately the edge-list reader and the import wizard's table reader.
      const edges = corpus(enc('source,target,weight\na,b,1\nb,c,2\n'), 100, csvHostile, (b) =>
        judge(readDocument('csv', b, ctx)),
      );
      const table = corpus(sheetCsv(sheetRows(30)), 200, csvHostile, (b) => judge(tableFromCsv(b)));
      return { inputs: edges.inputs, run: (i) => (i % 2 ? table.run(i) : edges.run(i)) };
    }
    case 'xlsx':
      return xlsxCorpus();
    case 'graphml':
      return formatCorpus('graphml', 300, xmlHostile('graphml'));
    case 'gexf':
      return formatCorpus('gexf', 400, xmlHostile('gexf'));
    case 'anx':
      return formatCorpus('anx', 500, xmlHostile('Chart'));
    case 'json':
      return formatCorpus('json', 600, jsonHostile);
    case 'callRecords': {
      const calls = new Uint8Array(readFileSync('tests/fixtures/formats/calls.csv'));
      return corpus(calls, 700, csvHostile, (b) => judge(readCallRecords(b, ctx)));
    }
    case 'bundle':
      return bundleCorpus();
    default:
      throw new Error(`no fuzz corpus for ${parser}`);
  }
}

export const PARSERS = ['csv', 'xlsx', 'graphml', 'gexf', 'anx', 'json', 'callRecords', 'bundle'];
