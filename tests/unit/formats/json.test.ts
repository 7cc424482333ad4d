import { describe, expect, it } from 'vitest';
import { readJsonRecords, writeJsonRecords } from '../../../shared/formats/json/jsonRecords';
import { graphDocument } from '../../../shared/formats/records';
import { sampleRecords, WS } from './sampleRecords';
import { enc, errorText, expectOk } from './helpers';

const OTHER_WS = 'ws_99999999999999999999';

describe('JSON records envelope', () => {
  const text = writeJsonRecords(graphDocument(sampleRecords()), '2024-06-01T00:00:00.000Z');

  it('is versioned and moves records into the importing workspace', () => {
    expect(JSON.parse(text)).toMatchObject({ format: 'linchpin-records', version: 1 });
    const doc = expectOk(readJsonRecords(enc(text), { workspaceId: OTHER_WS }));
    expect(doc.records.entities.every((e) => e.workspaceId === OTHER_WS)).toBe(true);
    expect(doc.records.links).toHaveLength(sampleRecords().links.length);
  });

  it('names each invalid record and returns none', () => {
    const env = JSON.parse(text);
    env.records.entities[2].kind = 'gang';
    env.records.links[0].strength = 9;
    env.records.intel[0].date = '2024-13-01';
    const msg = errorText(readJsonRecords(enc(JSON.stringify(env)), { workspaceId: WS }));
    expect(msg).toMatch(/entity 3 \(ent_0+3\)/);
    expect(msg).toMatch(/link 1 \(lnk_0+1\): strength/);
    expect(msg).toMatch(/intelligence item 1 \(int_0+1\): date: Expected a real date/);
  });

  it('refuses links to entities not in the file, newer versions and foreign JSON', () => {
    const env = JSON.parse(text);
    env.records.entities.splice(2, 1);
    expect(errorText(readJsonRecords(enc(JSON.stringify(env)), { workspaceId: WS }))).toMatch(
      /points to ent_0+3, which is not in the file/,
    );
    expect(
      errorText(
        readJsonRecords(enc(JSON.stringify({ ...JSON.parse(text), version: 7 })), {
          workspaceId: WS,
        }),
      ),
    ).toMatch(/newer Linchpin/);
    expect(errorText(readJsonRecords(enc('{"nodes":[]}'), { workspaceId: WS }))).toMatch(
      /not a Linchpin JSON export/,
    );
  });

  it('names the line where a truncated file stops making sense', () => {
    const r = readJsonRecords(enc(text.slice(0, 400)), { workspaceId: WS });
    expect(errorText(r)).toMatch(/not valid JSON.*cut short/);
    expect(r.ok ? 0 : r.errors[0]?.line).toBeGreaterThan(1);
  });
});
