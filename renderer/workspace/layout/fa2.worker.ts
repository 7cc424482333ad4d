/// <reference lib="webworker" />
/**
 * ForceAtlas2 off the main thread. graphology's own supervisor builds its worker from a blob:
 * URL, which our CSP (worker-src 'self') refuses, so this entry runs the same step function.
 * Work goes in chunks with a yield between them, so a Stop message is heard within one chunk.
 */
import { runFa2 } from './fa2Steps';
import type { Fa2Reply, Fa2Request } from './fa2Protocol';

const CHUNK = 20;
let stopRequested = false;

function post(reply: Fa2Reply, transfer: Transferable[] = []): void {
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply, transfer);
}

async function run(start: Extract<Fa2Request, { type: 'start' }>): Promise<void> {
  const { nodes, edges, iterations } = start;
  const groups = { groups: start.groups, groupCount: start.groupCount };
  let done = 0;
  while (done < iterations && !stopRequested) {
    const chunk = Math.min(CHUNK, iterations - done);
    done += runFa2(nodes, edges, chunk, undefined, undefined, CHUNK, groups);
    post({ type: 'progress', done, iterations });
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  post({ type: 'done', nodes, done, stopped: done < iterations }, [nodes.buffer]);
}

self.onmessage = (event: MessageEvent<Fa2Request>) => {
  const message = event.data;
  if (message.type === 'stop') {
    stopRequested = true;
    return;
  }
  stopRequested = false;
  run(message).catch((e: unknown) =>
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) }),
  );
};
