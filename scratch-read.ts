import { readFileSync, readdirSync } from 'node:fs';
import { readDocument, formatOfPath, readCallRecords, describeIssues, describeWarnings } from './shared/formats';
const dir = 'tests/fixtures/formats/';
for (const f of readdirSync(dir).sort()) {
  const bytes = new Uint8Array(readFileSync(dir + f));
  const fmt = formatOfPath(f);
  let r;
  if (f.startsWith('cdr') || f === 'calls.csv') r = readCallRecords(bytes, { workspaceId: 'ws_00000000000000000001' });
  else if (fmt && fmt !== 'csv') r = readDocument(fmt, bytes, { workspaceId: 'ws_00000000000000000001' });
  else continue;
  if (!r.ok) { console.log(`== ${f}: ERROR\n${describeIssues(r.errors)}`); continue; }
  const d = r.value;
  console.log(`== ${f}: ${d.records.entities.length} entities, ${d.records.links.length} links, ${d.records.intel.length} intel`);
  for (const e of d.records.entities) console.log(`  E ${e.kind} ${JSON.stringify(e.label)} ${JSON.stringify(e.imported ?? {})}`.slice(0, 300));
  for (const l of d.records.links) console.log(`  L ${l.kind} ${l.label} ${l.firstSeen ?? ''}-${l.lastSeen ?? ''} ${JSON.stringify(l.imported ?? {})}`.slice(0, 250));
  if (d.warnings.length) console.log('  W ' + describeWarnings(d.warnings).replace(/\n/g, '\n  W '));
  if (d.types.length) console.log('  T ' + JSON.stringify(d.types));
}
