import {
  createMappingRun,
  type Mapping,
  type MappingContext,
  type MappingOutcome,
  type Table,
} from '../../shared/formats/mapping';

const CHUNK = 5000;

/** Applies a mapping a chunk at a time, yielding to the page between chunks so progress paints. */
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
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return run.finish();
}
