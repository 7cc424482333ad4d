import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { XLSX_LIMITS, WorkbookError } from '../../../renderer/import/xlsx/limits';
import { readFirstSheetHere } from '../../../renderer/import/xlsx/sheetCells';
import { entitySchema, intelItemSchema, linkSchema } from '../../../shared/model';
import { openBundle, sealBundle } from '../../../shared/formats/bundle/bundle';
import { readCallRecords } from '../../../shared/formats/cdr/readCallRecords';
import { graphDocument, type GraphDocument } from '../../../shared/formats/records';
import { readDocument, writeDocument, type FileFormat } from '../../../shared/formats/registry';
import type { FormatResult } from '../../../shared/formats/result';
import { hostileBundles } from '../../bench/fuzz/hostileBundles';
import { hostileWorkbooks } from '../../bench/fuzz/hostileWorkbooks';
import { entry, zipOf } from '../../bench/fuzz/zipWriter';
import { sheetRows } from '../../bench/import/data';
import { sheetXlsx } from '../../bench/import/xlsx';
import { enc, expectOk, mutate, seededRandom } from './helpers';
import { sampleRecords, WS } from './sampleRecords';

const RUNS = 2000;
const ctx = { workspaceId: WS };

/**
 * A parser given a corrupted file must return either records that pass the model's schemas or
 * typed problems it chose to report; it must never throw, and never fall into the catch-all
 * guard (whose message means an unforeseen exception inside the parser).
 */
function check(result: FormatResult<GraphDocument>, label: string): 'ok' | 'error' {
  if (result.ok) {
    const { entities, links, intel } = result.value.records;
    for (const e of entities) expect(entitySchema.safeParse(e).success, label).toBe(true);
    for (const l of links) expect(linkSchema.safeParse(l).success, label).toBe(true);
    for (const i of intel) expect(intelItemSchema.safeParse(i).success, label).toBe(true);
    return 'ok';
  }
  expect(result.errors.length, label).toBeGreaterThan(0);
  for (const e of result.errors) {
    expect(typeof e.where === 'string' && typeof e.message === 'string', label).toBe(true);
    expect(e.message, label).not.toMatch(/^The file could not be read \(/);
  }
  return 'error';
}

function fuzz(
  name: string,
  valid: Uint8Array,
  parse: (bytes: Uint8Array) => FormatResult<GraphDocument>,
  seed: number,
) {
  it(`${name}: ${RUNS} seeded corruptions give records or typed errors, never a throw`, () => {
    expect(check(parse(valid), 'valid input')).toBe('ok');
    const rand = seededRandom(seed);
    const tally = { ok: 0, error: 0 };
    for (let i = 0; i < RUNS; i++) {
      const input = mutate(valid, rand);
      let outcome: 'ok' | 'error';
      try {
        outcome = check(parse(input), `${name} run ${i}`);
      } catch (e) {
        throw new Error(
          `${name} run ${i} threw: ${String(e)}\n${new TextDecoder().decode(input).slice(0, 300)}`,
        );
      }
      tally[outcome]++;
    }
    // The mutations must actually exercise the error paths, or the test proves little.
    expect(tally.error).toBeGreaterThan(RUNS / 4);
  });
}

describe('fuzzing every parser with malformed inputs', () => {
  const doc = graphDocument(sampleRecords(), {
    nodeData: new Map([[sampleRecords().entities[0]!.id, { degree: 3 }]]),
  });
  const formats: FileFormat[] = ['graphml', 'gexf', 'anx', 'json', 'csv'];
  formats.forEach((format, n) => {
    const written = expectOk(writeDocument(format, doc));
    fuzz(
      format,
      enc(written.main),
      (bytes) =>
        readDocument(format, bytes, ctx, written.nodes ? { nodes: enc(written.nodes) } : {}),
      1000 + n,
    );
  });
  fuzz(
    'csv nodes file',
    enc('id,label\na,Alpha\nb,"Beta, B"\nc,\n'),
    (bytes) => readDocument('csv', enc('a,b\nb,c\n'), ctx, { nodes: bytes }),
    7,
  );
  fuzz(
    'foreign graphml',
    new Uint8Array(readFileSync('tests/fixtures/formats/foreign.graphml')),
    (b) => readDocument('graphml', b, ctx),
    11,
  );
  fuzz(
    'foreign gexf',
    new Uint8Array(readFileSync('tests/fixtures/formats/foreign.gexf')),
    (b) => readDocument('gexf', b, ctx),
    12,
  );
  fuzz(
    'foreign anx',
    new Uint8Array(readFileSync('tests/fixtures/formats/foreign.anx')),
    (b) => readDocument('anx', b, ctx),
    13,
  );
  for (const [name, format, seed] of [
    ['yed-desktop.graphml', 'graphml', 21],
    ['yed-live.graphml', 'graphml', 22],
    ['gephi-0.7.gexf', 'gexf', 23],
    ['gexf-1.1-dynamic.gexf', 'gexf', 24],
    ['latin1.gexf', 'gexf', 25],
    ['anb-style.anx', 'anx', 26],
    ['lumify-style.anx', 'anx', 27],
  ] as const)
    fuzz(
      name,
      new Uint8Array(readFileSync(`tests/fixtures/formats/${name}`)),
      (b) => readDocument(format, b, ctx),
      seed,
    );
  fuzz(
    'A/B call records',
    new Uint8Array(readFileSync('tests/fixtures/formats/cdr-a-b-number.csv')),
    (b) => readCallRecords(b, ctx),
    28,
  );
  fuzz(
    'call records',
    new Uint8Array(readFileSync('tests/fixtures/formats/calls.csv')),
    (b) => readCallRecords(b, ctx),
    14,
  );

  it(`bundle: ${RUNS / 4} corruptions are all refused, none throws`, async () => {
    const sealed = expectOk(
      await sealBundle(doc, 'pass phrase', { memoryKiB: 8, iterations: 1, parallelism: 1 }),
    );
    const rand = seededRandom(99);
    for (let i = 0; i < RUNS / 4; i++) {
      const input = mutate(sealed, rand);
      const same = input.length === sealed.length && input.every((b, j) => b === sealed[j]);
      const result = await openBundle(input, 'pass phrase', ctx);
      expect(check(result, `bundle run ${i}`)).toBe(same ? 'ok' : 'error');
    }
  });
});

/**
 * A workbook read must end in rows inside the caps or a WorkbookError (the reader's own clear
 * errors, and read-excel-file's put into a sentence); any other exception is a failure.
 */
async function readXlsx(bytes: Uint8Array, label: string): Promise<'ok' | 'error'> {
  try {
    const rows = await readFirstSheetHere(new Uint8Array(bytes).buffer);
    expect(rows.length, label).toBeLessThanOrEqual(XLSX_LIMITS.maxRows);
    for (const r of rows) expect(r.length, label).toBeLessThanOrEqual(XLSX_LIMITS.maxColumns);
    return 'ok';
  } catch (e) {
    if (!(e instanceof WorkbookError)) throw new Error(`${label} threw ${String(e)}`);
    expect(e.message.length, label).toBeGreaterThan(10);
    return 'error';
  }
}

describe('fuzzing the XLSX reader (renderer/import/xlsx, in this thread)', () => {
  const good = new Uint8Array(sheetXlsx(sheetRows(20)));
  const parts = unzipSync(good);
  const names = Object.keys(parts);

  // Half the runs: each is a whole read through read-excel-file, 10 ms or so.
  it(`${RUNS / 2} seeded corruptions of the XML parts (zipped honestly) give rows or clear errors`, async () => {
    const rand = seededRandom(2024);
    const tally = { ok: 0, error: 0 };
    for (let i = 0; i < RUNS / 2; i++) {
      const name = names[Math.floor(rand() * names.length)]!;
      const bytes = zipOf(
        names.map((n) => entry(n, n === name ? mutate(parts[n]!, rand) : parts[n]!)),
      );
      tally[await readXlsx(bytes, `xml run ${i} (${name})`)]++;
    }
    expect(tally.error).toBeGreaterThan(RUNS / 8);
  });

  it(`${RUNS} seeded corruptions of the zip itself give rows or clear errors`, async () => {
    expect(await readXlsx(good, 'valid input')).toBe('ok');
    const rand = seededRandom(2025);
    const tally = { ok: 0, error: 0 };
    for (let i = 0; i < RUNS; i++) tally[await readXlsx(mutate(good, rand), `zip run ${i}`)]++;
    expect(tally.error).toBeGreaterThan(RUNS / 2);
  });

  it('every hostile workbook of the corpus is a regression case with its own error', async () => {
    for (const file of hostileWorkbooks) {
      const outcome = await readFirstSheetHere(new Uint8Array(file.bytes()).buffer).then(
        () => 'read',
        (e: unknown) => (e instanceof WorkbookError ? e.message : `threw ${String(e)}`),
      );
      expect(outcome, file.name).toMatch(file.error);
    }
  });
});

describe('fuzzing bundle headers', () => {
  it('every hostile bundle of the corpus is refused from its header, before any key derivation', async () => {
    for (const file of hostileBundles) {
      const result = await openBundle(file.bytes(), 'pass phrase', ctx);
      expect(check(result, file.name)).toBe('error');
      expect(!result.ok && result.errors[0]?.message, file.name).toMatch(file.error);
    }
  });
});
