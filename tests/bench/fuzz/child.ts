/**
 * One parser's fuzz run in a process of its own, started by index.ts: reports each input's
 * start and outcome over IPC, so the parent can time it out (a hang) or see the process die
 * (a crash) and start another from the next input. Peak resident memory is the process's.
 */
import { corpusOf, type Outcome } from './parsers';

export type ChildMessage =
  | { type: 'ready'; inputs: number; rssMb: number }
  | { type: 'start'; i: number }
  | { type: 'done'; i: number; outcome: Outcome; cpuMs: number; peakMb: number };

const send = (m: ChildMessage) =>
  new Promise<void>((resolve) => process.send!(m, undefined, {}, () => resolve()));
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

const [parser, from] = [process.argv[2]!, Number(process.argv[3] ?? 0)];
const corpus = await corpusOf(parser);
await send({ type: 'ready', inputs: corpus.inputs, rssMb: peakMb() });
for (let i = from; i < corpus.inputs; i++) {
  await send({ type: 'start', i });
  const cpu = process.cpuUsage();
  const outcome = await corpus.run(i);
  const used = process.cpuUsage(cpu);
  await send({
    type: 'done',
    i,
    outcome,
    cpuMs: (used.user + used.system) / 1000,
    peakMb: peakMb(),
  });
}
process.disconnect();
