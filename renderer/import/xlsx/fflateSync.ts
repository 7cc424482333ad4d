/**
 * fflate as read-excel-file sees it in our build (see the resolver in renderer/vite.config.ts):
 * the same library, except that `unzip` inflates in the calling thread. fflate's own `unzip` hands
 * any part over 512 KiB to a Worker made from a blob: URL, which our Content-Security-Policy
 * (worker-src 'self') rightly refuses, and the read then never finishes. We read workbooks in our
 * own bundled worker instead (xlsx.worker.ts), so inflating there costs the page nothing.
 */
import { unzipSync, type AsyncUnzipOptions, type UnzipCallback, type Unzipped } from 'fflate';

export * from 'fflate';

export function unzip(
  data: Uint8Array,
  optionsOrCallback: AsyncUnzipOptions | UnzipCallback,
  maybeCallback?: UnzipCallback,
): () => void {
  const callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback!;
  const options = typeof optionsOrCallback === 'function' ? {} : optionsOrCallback;
  let cancelled = false;
  queueMicrotask(() => {
    if (cancelled) return;
    let files: Unzipped;
    try {
      files = unzipSync(data, options);
    } catch (e) {
      callback(e as Parameters<UnzipCallback>[0], null as unknown as Unzipped);
      return;
    }
    callback(null, files);
  });
  return () => {
    cancelled = true;
  };
}
