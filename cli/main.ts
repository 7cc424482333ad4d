import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { defaultRuns, runSuite } from '../shared/analysis';
import { parseArgs, type AnalyseArgs } from './args';
import { runConvert, type ConvertIo } from './convert';
import { InputError, UsageError } from './errors';
import { describeCounting, toCsv, toJson } from './formatOutput';
import { HELP } from './help';
import { parallelPathSums, runPathSumsWorkerIfAsked } from './parallelPathSums';
import { readNetwork } from './readNetwork';

/** Below this many nodes, starting a thread costs more than it saves (measured: ~40 ms per worker). */
export const PARALLEL_MIN_NODES = 2000;

const fileIo: ConvertIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(`linchpin: ${text}`),
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, data) => writeFile(path, data, 'utf8'),
};

export async function run(argv: readonly string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') {
      process.stdout.write(HELP);
      return 0;
    }
    if (args.command === 'convert') return await runConvert([...argv], fileIo);
    await analyse(args);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`linchpin: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(
      `linchpin: ${e instanceof InputError ? e.message : `unexpected error: ${String(e)}`}\n`,
    );
    return 1;
  }
}

async function analyse(args: AnalyseArgs): Promise<void> {
  const { csr, weights } = readNetwork({
    edgesPath: args.edges,
    nodesPath: args.nodes,
    unweighted: args.unweighted,
  });
  const threads = args.threads ?? (csr.n >= PARALLEL_MIN_NODES ? availableParallelism() : 1);
  const pathSums =
    threads > 1 ? await parallelPathSums(csr, threads, new URL(import.meta.url)) : undefined;
  const louvainRuns = defaultRuns(csr);
  const result = runSuite(csr, { seed: args.seed, pathSums, louvainRuns });
  const counted = { weights, louvainRuns, seed: args.seed };
  if (args.format === 'csv') {
    // CSV has no room for it, so the statement goes beside the table, on standard error.
    process.stderr.write(`linchpin: ${describeCounting(counted)}\n`);
    process.stdout.write(toCsv(result));
  } else process.stdout.write(toJson(result, counted));
}

// The bundle is both the command and the worker threads' script.
if (!runPathSumsWorkerIfAsked()) {
  process.exitCode = await run(process.argv.slice(2));
}
