import {
  createMappingRun,
  type Mapping,
  type MappingContext,
  type MappingOutcome,
  type Table,
} from '../../shared/formats/mapping';
import { nextTask } from '../store/load/next-task';

// About 60 ms of mapping on a 2-core laptop: small enough that the page keeps taking input.
const CHUNK = 1000;

/**
 * Applies a mapping a chunk at a time, then builds and validates the records a slice at a time,
 * giving the page back between them so progress paints and input is taken.
 */
export async function runMapping(
  table: Table,
  mapping: Mapping,
  context: MappingContext,
  onProgress: (done: number, total: number) => void,
): Promise<MappingOutcome> {
  const run = createMappingRun(table, mapping, context);
  for (let from = 0; from < run.total; from += CHUNK) {
    run.step(from, from + CHUNK);
    onProgress(Math.min(from + CHUNK, run.total), run.total);
    await nextTask();
  }
  const finishing = run.finishing();
  for (let step = finishing.next(); ; step = finishing.next()) {
    if (step.done) return step.value;
    await nextTask();
  }
}
