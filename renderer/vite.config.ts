import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../shared/ipc/csp';

const root = fileURLToPath(new URL('.', import.meta.url));
const harness = resolve(root, 'dev/workspace-harness.html');

/**
 * Writes the one Content-Security-Policy (shared/ipc/csp.ts, also sent as a header by Electron)
 * into index.html. Only the development server relaxes it, because React Fast Refresh injects an
 * inline script and talks to Vite over a WebSocket; built files always carry the strict policy.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'linchpin-csp',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        const policy = ctx.server
          ? CONTENT_SECURITY_POLICY.replace(
              "script-src 'self'",
              "script-src 'self' 'unsafe-inline'",
            ).replace("connect-src 'self'", "connect-src 'self' ws://127.0.0.1:*")
          : CONTENT_SECURITY_POLICY;
        return html.replace('%LINCHPIN_CSP%', policy);
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
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
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
