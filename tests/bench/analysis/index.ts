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
import { parallelPathSums, parallelSampledBetweenness } from '../../../cli/parallelPathSums';
import {
  betweenness,
  csrFromEdgeArrays,
  sampledBetweenness,
  type Csr,
  type PivotScaling,
  type SampledBetweennessOptions,
  type SampledBetweennessResult,
} from '../../../shared/analysis';
import { exactTopCached, topIds, type ExactTop } from './exactCache';
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

const load = () => loadavg().map((x) => Math.round(x * 100) / 100);

/**
 * How well an estimate ranks the exact top `k`: how many of them it also puts in its top k, how
 * many it puts at exactly the same place, which it missed and what came instead (exact ranks),
 * and Kendall's tau and Spearman's rho between the exact order of those k nodes and the order of
 * their estimates.
 */
function rankCheck(estimate: Float64Array, exact: ExactTop, k = 20) {
  const truth = exact.top.slice(0, k);
  const guess = topIds(estimate, k);
  let concordant = 0;
  let discordant = 0;
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) {
      // truth[i] ranks above truth[j] in exact betweenness.
      const d = estimate[truth[i]!]! - estimate[truth[j]!]!;
      if (d > 0) concordant += 1;
      else if (d < 0) discordant += 1;
    }
  }
  const estimatedRank = new Map(
    [...truth].sort((a, b) => estimate[b]! - estimate[a]!).map((v, r) => [v, r]),
  );
  const squares = truth.reduce((sum, v, r) => sum + (r - estimatedRank.get(v)!) ** 2, 0);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const exactRank = (v: number) => {
    const r = exact.top.indexOf(v);
    return r < 0 ? `>${exact.top.length}` : r + 1;
  };
  return {
    [`top${k}Overlap`]: guess.filter((v) => truth.includes(v)).length,
    [`top${k}InExactPlace`]: guess.filter((v, r) => truth[r] === v).length,
    // A miss at the boundary (exact rank k swapped for k + 1) is the expected way to fall short.
    missedExactRanks: truth.filter((v) => !guess.includes(v)).map(exactRank),
    inPlaceOfThemExactRanks: guess.filter((v) => !truth.includes(v)).map(exactRank),
    kendallTau: round((concordant - discordant) / ((k * (k - 1)) / 2)),
    spearmanRho: round(1 - (6 * squares) / (k * (k * k - 1))),
  };
}

/** How far apart exact ranks k and k + 1 are: a small gap takes many pivots to resolve. */
function gapAfter(exact: ExactTop, k = 20): number {
  const [a, b] = [exact.values[k - 1]!, exact.values[k]!];
  return Math.round(((a - b) / a) * 10000) / 10000;
}

function sampledFigures(result: SampledBetweennessResult, ms: number, threads: number) {
  return {
    scaling: result.scaling,
    threads,
    pivots: result.samples,
    seconds: seconds(ms),
    errorBoundPerNode95: result.errorBoundPerNode,
    errorBoundAllNodes95: result.errorBoundAllNodes,
  };
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
  const loadAtStart = load();
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

  // Exact betweenness at 100k nodes takes about 20 minutes over both cores: computed only when
  // asked (LINCHPIN_BENCH_EXACT=1), then read from node_modules/.cache/linchpin-bench (keyed by
  // the graph's parameters and edges) on every later run.
  const ba100k = csrOf(barabasiAlbert(100_000, 3, 7));
  const exact100k = await exactTopCached(
    ba100k,
    { model: 'barabasi-albert', n: 100_000, m: 3, seed: 7 },
    'exact-ba100k-seed7.json',
    workerScript,
    100,
    load,
    process.env.LINCHPIN_BENCH_EXACT === '1',
  );
  const NO_EXACT =
    'exact 100k not computed: run with LINCHPIN_BENCH_EXACT=1 once (about 20 minutes on 2 cores; cached afterwards)';
  const check100k = (raw: Float64Array) => (exact100k ? rankCheck(raw, exact100k) : NO_EXACT);
  const budget: SampledBetweennessOptions = { samples: 20_000, seed: 1, timeBudgetMs: 9000 };
  const loadBeforeSampled = load();
  const [sampled, sampledMs] = await timedAsync(() =>
    parallelSampledBetweenness(ba100k, { ...budget, scaling: 'bisection' }, 2, workerScript),
  );
  const [linear, linearMs] = await timedAsync(() =>
    parallelSampledBetweenness(ba100k, { ...budget, scaling: 'linear' }, 2, workerScript),
  );
  // What the bench ran before scaled pivots and threads, in the same run, under the same load.
  const [plain, plainMs] = timed(() => sampledBetweenness(ba100k, { ...budget, scaling: 'none' }));

  // The estimate's error depends on the number of pivots k, not on n (see hoeffdingBound), so the
  // 30k check uses the k that the 100k run managed within its budget, for each estimator.
  const ba30k = csrOf(barabasiAlbert(30_000, 3, 9));
  // Computed when missing (about 30 s), so never null.
  const exact30k = (await exactTopCached(
    ba30k,
    { model: 'barabasi-albert', n: 30_000, m: 3, seed: 9 },
    'exact-ba30k-seed9.json',
    workerScript,
    100,
    load,
  ))!;
  const at30k = async (scaling: PivotScaling) =>
    parallelSampledBetweenness(
      ba30k,
      { samples: sampled.samples, seed: 1, scaling },
      2,
      workerScript,
    );
  const bisection30k = await at30k('bisection');
  const linear30k = await at30k('linear');
  const plain30k = await at30k('none');

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
      loadAverageBefore: loadBeforeSampled,
      ...sampledFigures(sampled, sampledMs, 2),
      againstExact: check100k(sampled.raw),
      linearTwoThreads: {
        ...sampledFigures(linear, linearMs, 2),
        againstExact: check100k(linear.raw),
      },
      plainOneThread: {
        ...sampledFigures(plain, plainMs, 1),
        againstExact: check100k(plain.raw),
      },
      exact: exact100k
        ? {
            threads: exact100k.threads,
            seconds: exact100k.seconds,
            loadAverageBefore: exact100k.loadAverageBefore,
            cached: exact100k.cached,
            relativeGapBetweenRanks20And21: gapAfter(exact100k),
          }
        : NO_EXACT,
    },
    top20Check30k: {
      note: 'same number of pivots as the 100k run, on a 30k-node BA graph, against exact',
      pivots: bisection30k.samples,
      bisection: rankCheck(bisection30k.raw, exact30k),
      linear: rankCheck(linear30k.raw, exact30k),
      plain: rankCheck(plain30k.raw, exact30k),
      exact: {
        threads: exact30k.threads,
        seconds: exact30k.seconds,
        cached: exact30k.cached,
        relativeGapBetweenRanks20And21: gapAfter(exact30k),
      },
    },
    ...igraphFigures,
  };

  result.loadAverageAtEnd = load();
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  console.log(JSON.stringify(await benchAnalysis(), null, 2));
}
