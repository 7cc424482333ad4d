import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { APP_RESPONSE_HEADERS } from '../shared/ipc/csp';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { mimeTypeFor } from './mime';

export type ResolvedAppPath = { ok: true; filePath: string } | { ok: false; status: 403 | 404 };

/** Must run before the app is ready. `standard` gives an origin (IndexedDB), `secure` gives WebCrypto. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // corsEnabled: Vite emits crossorigin module scripts and module workers, fetched in CORS mode.
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: true,
        codeCache: true,
      },
    },
  ]);
}

/**
 * Maps app://linchpin/<path> to a file under `root`, refusing anything that would leave it:
 * encoded dot segments, backslashes, NUL bytes and absolute paths included.
 */
export function resolveAppPath(root: string, url: string): ResolvedAppPath {
  let parsed: URL;
  let pathname: string;
  try {
    parsed = new URL(url);
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { ok: false, status: 403 };
  }
  if (parsed.host !== APP_HOST) return { ok: false, status: 404 };
  if (pathname.includes('\0') || pathname.includes('\\')) return { ok: false, status: 403 };
  if (pathname.split('/').some((segment) => segment === '..')) return { ok: false, status: 403 };
  const relative =
    pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const base = path.resolve(root);
  const filePath = path.resolve(base, relative);
  const inside = path.relative(base, filePath);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) {
    return { ok: false, status: 403 };
  }
  return { ok: true, filePath };
}

const SECURITY_HEADERS = APP_RESPONSE_HEADERS;

export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: SECURITY_HEADERS });
    }
    const resolved = resolveAppPath(root, request.url);
    if (!resolved.ok) {
      console.warn(`[protocol] refused ${request.url} (${resolved.status})`);
      return new Response(null, { status: resolved.status, headers: SECURITY_HEADERS });
    }
    try {
      const body = await readFile(resolved.filePath);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeFor(resolved.filePath) },
      });
    } catch {
      return new Response(null, { status: 404, headers: SECURITY_HEADERS });
    }
  };
}

/** Serves dist/renderer over app://linchpin. Call after the app is ready. */
export function serveAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(root));
}
