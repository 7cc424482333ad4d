/**
 * Analysis benchmark: prints figures, never passes or fails. Run alone with
 * `node --import tsx tests/bench/analysis/index.ts`, or through `npm run bench -- analysis`.
 * Timings on a shared 2-core machine are noisy; compare ratios measured in the same run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureBundle } from '../../../cli/bundle.mjs';
import { parallelPathSums } from '../../../cli/parallelPathSums';
import {
  betweenness,
  csrFromEdgeArrays,
  sampledBetweenness,
  type Csr,
} from '../../../shared/analysis';
import { igraphAvailable, runIgraphSuite } from './igraphSuite';
import { barabasiAlbert, toCsvText, type EdgeList } from './randomGraphs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const seconds = (ms: number) => Math.round(ms) / 1000;
const ratio = (a: number, b: number) => Math.round((a / b) * 1000) / 1000;

function csrOf(list: EdgeList): Csr {
  return csrFromEdgeArrays(
    Array.from({ length: list.n }, (_, i) => String(i)),
    list.sources,
    list.targets,
    null,
  );
}

function timed<T>(fn: () => T): [T, number] {
  const started = performance.now();
  const value = fn();
  return [value, performance.now() - started];
}

async function timedAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

function topK(values: Float64Array, k: number): number[] {
  return [...values.keys()].sort((a, b) => values[b]! - values[a]!).slice(0, k);
}

function maxRelativeDifference(a: Float64Array, b: Float64Array): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++)
    worst = Math.max(worst, Math.abs(a[i]! - b[i]!) / Math.max(1, Math.abs(a[i]!)));
  return worst;
}

function runCli(args: string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(repoRoot, 'cli', 'linchpin.mjs'), ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (run.status !== 0) throw new Error(`linchpin ${args.join(' ')} failed: ${String(run.stderr)}`);
  return performance.now() - started;
}

export async function benchAnalysis(): Promise<Record<string, unknown>> {
  const loadAtStart = loadavg().map((x) => Math.round(x * 100) / 100);
  const dir = mkdtempSync(join(tmpdir(), 'linchpin-bench-'));
  const workerScript = pathToFileURL(await ensureBundle());
  const ba10k = barabasiAlbert(10_000, 3, 42);
  const edges10k = join(dir, 'ba10k.csv');
  writeFileSync(edges10k, toCsvText(ba10k));
  const csr10k = csrOf(ba10k);

  const [one, oneMs] = timed(() => betweenness(csr10k));
  const [two, twoMs] = await timedAsync(() => parallelPathSums(csr10k, 2, workerScript));
  const startupMs = Math.min(runCli(['--help']), runCli(['--help']));
  const suiteMs = runCli(['analyse', '--edges', edges10k]);

  // igraph runs straight after our suite, so both see the same load on a shared machine.
  const igraphFigures: Record<string, unknown> = {};
  if (igraphAvailable()) {
    const ig = runIgraphSuite(edges10k, dir);
    igraphFigures.igraph = ig;
    igraphFigures.ratios = {
      wholeSuiteOursOverIgraph: ratio(suiteMs / 1000, ig.wallSeconds),
      betweennessTwoThreadsOverIgraph: ratio(twoMs / 1000, ig.seconds.betweenness!),
      betweennessOneThreadOverIgraph: ratio(oneMs / 1000, ig.seconds.betweenness!),
    };
  } else {
    igraphFigures.igraph =
      'not available: apt-get install -y python3-igraph (checked with /usr/bin/python3)';
  }

  const ba100k = csrOf(barabasiAlbert(100_000, 3, 7));
  const [sampled, sampledMs] = timed(() =>
    sampledBetweenness(ba100k, { samples: 5000, seed: 1, timeBudgetMs: 9000 }),
  );

  // Exact betweenness on 100k nodes takes tens of minutes here; check the top-20 against exact on 30k.
  const ba30k = csrOf(barabasiAlbert(30_000, 3, 9));
  const [exact30k, exact30kMs] = await timedAsync(() => parallelPathSums(ba30k, 2, workerScript));
  // The estimate's error depends on the number of pivots k, not on n (see hoeffdingBound), so the
  // 30k check uses the k that the 100k run managed within its budget.
  const sampled30k = sampledBetweenness(ba30k, { samples: sampled.samples, seed: 1 });
  const exactTop = topK(exact30k.dependency, 20);
  const overlap30k = topK(sampled30k.raw, 20).filter((v) => exactTop.includes(v)).length;

  const result: Record<string, unknown> = {
    loadAverageAtStart: loadAtStart,
    graph10k: { nodes: csr10k.n, edges: csr10k.m, model: 'Barabási–Albert m=3, seed 42' },
    betweenness10k: {
      oneThreadSeconds: seconds(oneMs),
      twoThreadsSeconds: seconds(twoMs),
      speedUp: ratio(oneMs, twoMs),
      twoThreadsMaxRelativeDifference: maxRelativeDifference(
        one.raw.map((x) => x * 2),
        two.dependency,
      ),
    },
    cli: { startupSeconds: seconds(startupMs), wholeSuite10kSeconds: seconds(suiteMs) },
    sampled100k: {
      nodes: ba100k.n,
      edges: ba100k.m,
      pivots: sampled.samples,
      seconds: seconds(sampledMs),
      errorBoundPerNode95: sampled.errorBoundPerNode,
      errorBoundAllNodes95: sampled.errorBoundAllNodes,
    },
    top20Check30k: {
      note: 'exact at 100k takes tens of minutes here; same number of pivots on a 30k-node BA graph, against exact',
      pivots: sampled30k.samples,
      exactTwoThreadsSeconds: seconds(exact30kMs),
      top20Overlap: overlap30k,
    },
    ...igraphFigures,
  };

  result.loadAverageAtEnd = loadavg().map((x) => Math.round(x * 100) / 100);
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  console.log(JSON.stringify(await benchAnalysis(), null, 2));
}
