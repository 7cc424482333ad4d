/// <reference lib="webworker" />
/**
 * Unzips, checks and parses a workbook off the page's thread: a 100k-row sheet takes seconds,
 * which would otherwise freeze the wizard, and a hostile one is stopped here (the page
 * terminates this worker when its time budget runs out). Holds nothing between requests.
 */
import { answerWorkbook } from './answerWorkbook';
import type { WorkbookRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<WorkbookRequest>) =>
  answerWorkbook(event.data.bytes, (message) => scope.postMessage(message));
