import { XLSX_BUDGET, parseBudgetMs, type WorkbookBudget } from './limits';
import type { WorkbookMessage, WorkbookReply } from './protocol';

/** A worker that reads one workbook: a Web Worker in the app, a worker thread in Node. */
export interface WorkbookThread {
  start(
    bytes: ArrayBuffer,
    onMessage: (message: WorkbookMessage) => void,
    onFailure: (reason: string) => void,
  ): void;
  /** Ends the worker at once, whatever it is doing. */
  stop(): void;
}

const duration = (ms: number) =>
  ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;

/**
 * Runs one read with a time budget: `XLSX_BUDGET.unpackMs` to unzip and check the workbook,
 * then a budget for the parse that grows with the inflated size. When either runs out the
 * worker is terminated (its memory goes with it) and the reply says so.
 */
export function readWithBudget(
  thread: WorkbookThread,
  bytes: ArrayBuffer,
  budget: WorkbookBudget = XLSX_BUDGET,
): Promise<WorkbookReply> {
  return new Promise((resolve) => {
    let settled = false;
    let timer: Parameters<typeof clearTimeout>[0];
    const finish = (reply: WorkbookReply) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      thread.stop();
      resolve(reply);
    };
    const stopAfter = (ms: number, what: string) => {
      const message = `${what} took longer than ${duration(ms)} and was stopped`;
      const stop = () => finish({ ok: false, kind: 'stopped', message });
      return setTimeout(stop, ms) as Parameters<typeof clearTimeout>[0];
    };
    timer = stopAfter(budget.unpackMs, 'unpacking and checking the workbook');
    thread.start(
      bytes,
      (message) => {
        if (message.type === 'done') return finish(message.reply);
        clearTimeout(timer);
        timer = stopAfter(parseBudgetMs(message.inflatedBytes, budget), 'reading the sheet');
      },
      (reason) => finish({ ok: false, kind: 'damaged', message: reason }),
    );
  });
}
