// Bundles the main process and the preload into dist/electron/*.cjs. Electron itself stays
// external; zod and shared/ are bundled in, so the packaged app needs no node_modules.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronVersion = JSON.parse(
  await readFile(new URL('../node_modules/electron/package.json', import.meta.url), 'utf8'),
).version;

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 45 ships Node 22.
  target: 'node22',
  external: ['electron'],
  sourcemap: false,
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

const started = performance.now();
await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
]);
console.log(
  `Built dist/electron/main.cjs and preload.cjs for Electron ${electronVersion} in ${Math.round(performance.now() - started)} ms.`,
);
