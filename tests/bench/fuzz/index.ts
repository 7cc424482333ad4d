/**
 * `npm run bench -- fuzz`: every parser (CSV, XLSX, GraphML, GEXF, ANX, JSON, call records,
 * bundle) on thousands of seeded corruptions and its fixed hostile inputs, each parser in a
 * child process of its own (1 GB heap). Per parser: inputs tried, clear errors, accepted,
 * crashes (an exception escaped the parser, or the process died), hangs (an input still running
 * after 2 s: the child is killed and the next one carries on), and peak resident memory.
 * Prints figures; never passes or fails. Alone: `node --import tsx tests/bench/fuzz/index.ts`.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildMessage } from './child';
import { PARSERS } from './parsers';

const HANG_MS = 2000;
const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));

interface Report {
  inputs: number;
  clearErrors: number;
  accepted: number;
  crashes: { thrown: number; processDied: number; inputs: number[] };
  hangs: { count: number; inputs: number[] };
  slowestInputCpuMs: number;
  peakResidentMb: number;
  baselineResidentMb: number;
  seconds: number;
}

/** Runs the children for one parser until every input has had its turn. */
async function fuzzParser(parser: string): Promise<Report> {
  const started = performance.now();
  const r: Report = {
    inputs: 0,
    clearErrors: 0,
    accepted: 0,
    crashes: { thrown: 0, processDied: 0, inputs: [] },
    hangs: { count: 0, inputs: [] },
    slowestInputCpuMs: 0,
    peakResidentMb: 0,
    baselineResidentMb: 0,
    seconds: 0,
  };
  let next = 0;
  let total = Infinity;
  while (next < total) {
    const from = next;
    const outcome = await new Promise<{ kind: 'end' | 'hang' | 'died'; at: number }>((done) => {
      const child: ChildProcess = fork(CHILD, [parser, String(from)], {
        execArgv: ['--import', 'tsx', '--max-old-space-size=1024'],
        stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      });
      let current = from;
      let timer: Parameters<typeof clearTimeout>[0];
      let settled = false;
      const finish = (kind: 'end' | 'hang' | 'died') => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (kind !== 'end') child.kill('SIGKILL');
        done({ kind, at: current });
      };
      child.on('message', (m: ChildMessage) => {
        if (m.type === 'ready') {
          total = m.inputs;
          r.baselineResidentMb = Math.max(r.baselineResidentMb, m.rssMb);
        } else if (m.type === 'start') {
          current = m.i;
          timer = setTimeout(() => finish('hang'), HANG_MS) as Parameters<typeof clearTimeout>[0];
        } else {
          clearTimeout(timer);
          next = m.i + 1;
          r.peakResidentMb = Math.max(r.peakResidentMb, m.peakMb);
          r.slowestInputCpuMs = Math.max(r.slowestInputCpuMs, Math.round(m.cpuMs));
          if (m.outcome === 'accepted') r.accepted++;
          else if (m.outcome === 'clear') r.clearErrors++;
          else {
            r.crashes.thrown++;
            r.crashes.inputs.push(m.i);
          }
        }
      });
      child.on('exit', () => finish(next >= total ? 'end' : 'died'));
    });
    if (outcome.kind === 'hang') {
      r.hangs.count++;
      r.hangs.inputs.push(outcome.at);
      next = outcome.at + 1;
    } else if (outcome.kind === 'died') {
      r.crashes.processDied++;
      r.crashes.inputs.push(outcome.at);
      next = outcome.at + 1;
    }
  }
  r.inputs = total;
  r.seconds = Math.round((performance.now() - started) / 100) / 10;
  return r;
}

export async function benchFuzz(): Promise<Record<string, unknown>> {
  const loadAtStart = loadavg().map((x) => Math.round(x * 100) / 100);
  const parsers: Record<string, Report> = {};
  for (const p of PARSERS) {
    parsers[p] = await fuzzParser(p);
    console.error(`[fuzz] ${p}: ${JSON.stringify(parsers[p])}`);
  }
  return {
    notes: [
      'Inputs: seeded corruptions of a valid file (2,000; bundle 500, each an Argon2id run at 8 KiB) and the fixed hostile inputs of tests/bench/fuzz (zip and dimension bombs, entity and nesting bombs, KDF headers out of range).',
      "XLSX runs the worker's code (readFirstSheetHere) in the child, without the worker's time budget, so a hang would show here.",
      `A hang is an input still running after ${HANG_MS / 1000} s of wall-clock time (the child is killed); on a loaded machine see slowestInputCpuMs too.`,
      "Peak resident memory is the child process's (Node, tsx and the parsers loaded: see baselineResidentMb).",
    ],
    cores: cpus().length,
    loadAverageAtStart: loadAtStart,
    parsers,
    loadAverageAtEnd: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  console.log(JSON.stringify(await benchFuzz(), null, 2));
}
