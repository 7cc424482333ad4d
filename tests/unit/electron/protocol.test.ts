import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/ipc/csp';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake);

const { createAppProtocolHandler, resolveAppPath, serveAppProtocol } =
  await import('../../../electron/protocol');

let parent: string;
let root: string;

beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), 'linchpin-protocol-'));
  root = path.join(parent, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Linchpin</title>');
  await writeFile(path.join(root, 'assets', 'worker-abc.js'), 'self.onmessage = () => {};');
  await writeFile(path.join(root, 'assets', 'argon2.wasm'), new Uint8Array([0, 97, 115, 109]));
  await writeFile(path.join(parent, 'secret.txt'), 'outside the renderer folder');
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

function get(url: string, method = 'GET'): Promise<Response> {
  return createAppProtocolHandler(root)({ url, method } as Request);
}

describe('electron/protocol', () => {
  it('maps app://linchpin paths into the renderer folder', () => {
    expect(resolveAppPath(root, 'app://linchpin/')).toEqual({
      ok: true,
      filePath: path.join(root, 'index.html'),
    });
    expect(resolveAppPath(root, 'app://linchpin/assets/worker-abc.js')).toEqual({
      ok: true,
      filePath: path.join(root, 'assets', 'worker-abc.js'),
    });
  });

  it('never resolves outside the renderer folder, whatever the spelling', () => {
    // The URL parser already folds %2e%2e dot segments, which keeps those inside the folder.
    for (const url of [
      'app://linchpin/../secret.txt',
      'app://linchpin/%2e%2e/secret.txt',
      'app://linchpin/assets/%2E%2E/%2e%2e/secret.txt',
    ]) {
      const resolved = resolveAppPath(root, url);
      if (resolved.ok) expect(resolved.filePath.startsWith(root + path.sep), url).toBe(true);
    }
  });

  it('refuses encoded separators, backslashes, NUL bytes, bad escapes and foreign hosts', () => {
    for (const url of [
      'app://linchpin/..%2fsecret.txt',
      'app://linchpin/assets/..%2f..%2fsecret.txt',
      'app://linchpin/..%5csecret.txt',
      'app://linchpin/assets%5c..%5c..%5csecret.txt',
      'app://linchpin/index.html%00.js',
      'app://linchpin/%E0%A4%A',
    ]) {
      expect(resolveAppPath(root, url), url).toEqual({ ok: false, status: 403 });
    }
    expect(resolveAppPath(root, 'app://elsewhere/index.html')).toEqual({ ok: false, status: 404 });
  });

  it('serves files with the right MIME type and the CSP header', async () => {
    const page = await get('app://linchpin/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Linchpin</title>');

    const worker = await get('app://linchpin/assets/worker-abc.js');
    expect(worker.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const wasm = await get('app://linchpin/assets/argon2.wasm');
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    expect(new Uint8Array(await wasm.arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]));
  });

  it('answers 403 to traversal, 404 to missing files and 405 to writes, never with file content', async () => {
    const traversal = await get('app://linchpin/assets/..%2f..%2fsecret.txt');
    expect(traversal.status).toBe(403);
    expect(await traversal.text()).toBe('');
    const folded = await get('app://linchpin/%2e%2e/secret.txt');
    expect(folded.status).toBe(404);
    expect(await folded.text()).toBe('');
    expect((await get('app://linchpin/nope.js')).status).toBe(404);
    expect((await get('app://linchpin/index.html', 'POST')).status).toBe(405);
  });

  it('registers the handler for the app scheme', () => {
    serveAppProtocol(root);
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
