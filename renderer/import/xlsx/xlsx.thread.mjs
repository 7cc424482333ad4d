// The workbook reader's worker thread in Node, where there is no Web Worker: the import bench
// and the unit tests run the wizard's code there. TypeScript is loaded through tsx (a
// development dependency), so this path exists only where the sources do; the app uses
// xlsx.worker.ts.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { answerWorkbook } = await import('./answerWorkbook.ts');

parentPort.once('message', (request) =>
  answerWorkbook(request.bytes, (message) => parentPort.postMessage(message)),
);
