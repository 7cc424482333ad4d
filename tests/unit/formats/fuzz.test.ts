import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entitySchema, intelItemSchema, linkSchema } from '../../../shared/model';
import { openBundle, sealBundle } from '../../../shared/formats/bundle/bundle';
import { readCallRecords } from '../../../shared/formats/cdr/readCallRecords';
import { graphDocument, type GraphDocument } from '../../../shared/formats/records';
import { readDocument, writeDocument, type FileFormat } from '../../../shared/formats/registry';
import type { FormatResult } from '../../../shared/formats/result';
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
