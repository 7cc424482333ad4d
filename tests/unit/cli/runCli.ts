import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real command (`cli/linchpin.mjs`, as `npm run linchpin` does) in a child process. */
export function runCli(args: string[]): CliRun {
  const result = spawnSync(process.execPath, [join(repoRoot, 'cli', 'linchpin.mjs'), ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Writes files into a fresh temporary folder and returns their paths by name. */
export function tempFiles(files: Record<string, string>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'linchpin-cli-test-'));
  return Object.fromEntries(
    Object.entries(files).map(([name, text]) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return [name, path];
    }),
  );
}
