// Packaging smoke test (`npm run test:package`). The Electron binary cannot be downloaded here, so
// electron-builder packs against a folder holding a placeholder "electron" file: this checks the
// builder config, the after-pack hook, the files that reach app.asar and the asar's size.
// It does not produce a runnable app. Pass --skip-build to reuse an existing dist/.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import asar from '@electron/asar';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUDGET_BYTES = 15 * 1024 * 1024;
const REQUIRED = [
  '/dist/electron/main.cjs',
  '/dist/electron/preload.cjs',
  '/dist/renderer/index.html',
  '/package.json',
];
const FORBIDDEN = [
  {
    test: (f) => f.split('/').includes('node_modules'),
    why: 'node_modules (renderer libraries must be bundled)',
  },
  { test: (f) => f.endsWith('.map'), why: 'a source map' },
  {
    test: (f) => /(^|\/)(\.env[^/]*|.*\.(pem|key|p12|pfx)|id_rsa[^/]*|\.npmrc)$/i.test(f),
    why: 'a secret or key file',
  },
  { test: (f) => /\.(ts|tsx)$/.test(f) && !f.endsWith('.d.ts'), why: 'TypeScript source' },
];

function fail(message) {
  console.error(`package-smoke: FAILED: ${message}`);
  process.exit(1);
}

function run(command, args, label) {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', shell: false });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    fail(`${label} exited with ${result.status ?? result.signal} after ${seconds} s.`);
  }
  console.log(`package-smoke: ${label} took ${seconds} s`);
  return `${result.stdout}\n${result.stderr}`;
}

async function findFile(folder, name) {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isFile() && entry.name === name) return full;
    if (entry.isDirectory() && !entry.name.endsWith('.asar.unpacked')) {
      const found = await findFile(full, name);
      if (found) return found;
    }
  }
  return undefined;
}

const started = performance.now();
if (!process.argv.includes('--skip-build'))
  run('npm', ['run', 'build', '--silent'], 'npm run build');

const electronVersion = JSON.parse(
  await readFile(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
).version;
const work = await mkdtemp(path.join(tmpdir(), 'linchpin-package-'));
try {
  const electronDist = path.join(work, 'electron-dist');
  const output = path.join(work, 'release');
  await import('node:fs/promises').then((fs) => fs.mkdir(electronDist));
  await writeFile(path.join(electronDist, 'electron'), '#!/bin/sh\necho placeholder\n', {
    mode: 0o755,
  });

  const log = run(
    path.join(root, 'node_modules/.bin/electron-builder'),
    [
      '--dir',
      '--config',
      'electron-builder.yml',
      `-c.electronDist=${electronDist}`,
      `-c.electronVersion=${electronVersion}`,
      `-c.directories.output=${output}`,
    ],
    'electron-builder --dir',
  );
  if (!log.includes('after-pack:')) fail('the after-pack hook (build/after-pack.cjs) did not run.');

  const archive = await findFile(output, 'app.asar');
  if (!archive) fail(`no app.asar under ${output}.`);
  const files = asar
    .listPackage(archive, { isPack: false })
    .map((f) => f.split(path.sep).join('/'));
  for (const required of REQUIRED)
    if (!files.includes(required)) fail(`app.asar lacks ${required}.`);
  for (const file of files) {
    const bad = FORBIDDEN.find((rule) => rule.test(file));
    if (bad) fail(`app.asar contains ${bad.why}: ${file}`);
  }
  const manifest = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8'));
  if (manifest.main !== 'dist/electron/main.cjs') fail(`package.json main is ${manifest.main}.`);
  if (Object.keys(manifest.dependencies ?? {}).length > 0)
    fail('package.json has runtime dependencies.');

  const { size } = await stat(archive);
  const megabytes = (size / (1024 * 1024)).toFixed(2);
  if (size > BUDGET_BYTES)
    fail(`app.asar is ${megabytes} MB, over the ${BUDGET_BYTES / (1024 * 1024)} MB budget.`);
  console.log(
    `package-smoke: app.asar holds ${files.length} entries, ${megabytes} MB (budget 15 MB)`,
  );
  console.log(`package-smoke: passed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await rm(work, { recursive: true, force: true });
}
