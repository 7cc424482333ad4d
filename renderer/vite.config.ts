import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';
import { APP_RESPONSE_HEADERS, CONTENT_SECURITY_POLICY, metaPolicy } from '../shared/ipc/csp';

const root = fileURLToPath(new URL('.', import.meta.url));
const harness = resolve(root, 'dev/workspace-harness.html');

/**
 * The policy `npm run dev` sends: the app's own, plus the hash of the one inline script React Fast
 * Refresh injects (its "preamble"), so that script and nothing else inline may run. Hot reload's
 * WebSocket is same-origin, which 'self' covers. Workers run under this header as in the app.
 */
export function devPolicy(): string {
  const hashes = new Set(
    ['/', './'].map(
      (base) =>
        `'sha256-${createHash('sha256').update(react.preambleCode.replace('__BASE__', base)).digest('base64')}'`,
    ),
  );
  return CONTENT_SECURITY_POLICY.replace(
    "script-src 'self'",
    `script-src 'self' ${[...hashes].join(' ')}`,
  );
}

/**
 * Writes the policy into index.html as a <meta> as well (a copy of the files opened some other
 * way still carries it); the headers below are what make it cover workers and frame-ancestors.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'linchpin-csp',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        return html.replace(
          '%LINCHPIN_CSP%',
          metaPolicy(ctx.server ? devPolicy() : CONTENT_SECURITY_POLICY),
        );
      },
    },
  };
}

/**
 * read-excel-file's copy of fflate inflates large parts in blob: workers, which the CSP refuses
 * (the read then hangs). It gets fflate with a same-thread `unzip` instead; we already run it in
 * our own worker (renderer/import/xlsx/).
 */
function syncUnzipForWorkbooks(): Plugin {
  const shim = resolve(root, 'import/xlsx/fflateSync.ts');
  return {
    name: 'linchpin-sync-unzip',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'fflate' && importer?.includes('/node_modules/read-excel-file/')) return shim;
      return null;
    },
  };
}

/**
 * One build for Electron and the browser: relative asset paths so the same files load from
 * app:// in Electron and from any static server in web mode. Every library is bundled here, so
 * the packaged app carries no node_modules.
 */
export default defineConfig({
  root,
  base: './',
  plugins: [react(), contentSecurityPolicy(), syncUnzipForWorkbooks()],
  // Every response carries the app's headers, exactly as Electron's app:// handler sends them.
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
    headers: { ...APP_RESPONSE_HEADERS, 'Content-Security-Policy': devPolicy() },
  },
  preview: { host: '127.0.0.1', port: 4173, headers: { ...APP_RESPONSE_HEADERS } },
  worker: { format: 'es', plugins: () => [syncUnzipForWorkbooks()] },
  build: {
    outDir: resolve(root, '../dist/renderer'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: {
        main: resolve(root, 'index.html'),
        ...(existsSync(harness) && process.env.LINCHPIN_HARNESS ? { harness } : {}),
      },
    },
  },
});
