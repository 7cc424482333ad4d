// Builds cli/main.ts (and the shared/ code it imports) into one ES module with esbuild, and reuses
// it until a source file changes. Why not run the TypeScript through tsx every time: tsx adds
// ~300 ms to every start and must be loaded again in each worker thread; a bundle starts in ~60 ms.
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

function newestSource() {
  let newest = statSync(join(root, 'package.json')).mtimeMs;
  for (const dir of ['cli', 'shared']) {
    for (const entry of readdirSync(join(root, dir), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && /\.(ts|mjs)$/.test(entry.name)) {
        newest = Math.max(
          newest,
          statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs,
        );
      }
    }
  }
  return newest;
}

function outputPath() {
  const preferred = join(root, 'node_modules', '.cache', 'linchpin-cli');
  try {
    mkdirSync(preferred, { recursive: true });
    return join(preferred, 'linchpin.mjs');
  } catch {
    const fallback = join(tmpdir(), 'linchpin-cli');
    mkdirSync(fallback, { recursive: true });
    return join(fallback, 'linchpin.mjs');
  }
}

/** Path of an up-to-date bundle, building it first if needed. */
export async function ensureBundle() {
  const out = outputPath();
  try {
    if (statSync(out).mtimeMs >= newestSource()) return out;
  } catch {
    // No bundle yet.
  }
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(root, 'cli', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    // papaparse is CommonJS and may require Node built-ins; give the ES module a require().
    banner: {
      js: "import { createRequire as __lpRequire } from 'node:module'; const require = __lpRequire(import.meta.url);",
    },
  });
  // Write then rename, so a second process starting at the same moment never reads half a file.
  const temp = `${out}.${process.pid}.tmp`;
  writeFileSync(temp, result.outputFiles[0].contents);
  renameSync(temp, out);
  return out;
}
