import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder, concatenated: what an attacker with the laptop's disk would read. */
export function readTree(folder: string): Buffer {
  const parts: Buffer[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else parts.push(readFileSync(path));
    }
  };
  walk(folder);
  return Buffer.concat(parts);
}

/** Every IndexedDB file of a Chromium profile, as one buffer; throws when there are none. */
export function indexedDbFiles(profileDir: string): Buffer {
  const folder = join(profileDir, 'Default', 'IndexedDB');
  if (!existsSync(folder)) throw new Error(`No IndexedDB files in ${folder}`);
  return readTree(folder);
}

/** Chromium keeps strings as Latin-1, UTF-8 or UTF-16 (keys are UTF-16BE), so look for all. */
export function containsText(haystack: Buffer, needle: string): boolean {
  const forms = [
    Buffer.from(needle, 'utf8'),
    Buffer.from(needle, 'utf16le'),
    Buffer.from(needle, 'utf16le').swap16(),
  ];
  return forms.some((form) => haystack.includes(form));
}
