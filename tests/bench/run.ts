/**
 * `npm run bench`: runs every benchmark and prints one JSON document. Benchmarks print figures;
 * they never pass or fail on time. Pick some with `npm run bench -- vault analysis`.
 */
import { benchAnalysis } from './analysis';
import { benchCanvas } from './canvas';
import { benchDedupe } from './dedupe';
import { benchFuzz } from './fuzz';
import { benchImport } from './import';
import { benchUi } from './ui';
import { benchVault } from './vault';

const suites: Record<string, () => Promise<Record<string, unknown>>> = {
  vault: benchVault,
  analysis: benchAnalysis,
  canvas: benchCanvas,
  import: benchImport,
  ui: benchUi,
  dedupe: benchDedupe,
  fuzz: benchFuzz,
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !(w in suites));
if (unknown.length) {
  console.error(
    `Unknown benchmark(s): ${unknown.join(', ')}. Known: ${Object.keys(suites).join(', ')}.`,
  );
  process.exit(2);
}

const results: Record<string, unknown> = {
  machine: { node: process.version, platform: process.platform, arch: process.arch },
};
for (const name of wanted.length ? wanted : Object.keys(suites)) {
  const started = performance.now();
  try {
    results[name] = await suites[name]!();
  } catch (e) {
    results[name] = { error: e instanceof Error ? e.message : String(e) };
  }
  console.error(`[bench] ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
console.log(JSON.stringify(results, null, 2));
