/**
 * The one Content-Security-Policy of the app. Electron sends it as a response header on every
 * app:// response and the renderer's index.html carries it in a <meta>, so web mode gets it too.
 *
 * - 'wasm-unsafe-eval' lets hash-wasm compile its Argon2id WebAssembly; it does not allow eval().
 * - workers are bundled files served from our own origin, so worker-src needs only 'self'.
 * - style-src needs 'unsafe-inline': React's style={...} props and Cytoscape's container styles
 *   are inline styles. Scripts stay strict, which is where injection would do harm.
 * - img-src allows data: and blob: for chart exports (PNG/SVG previews) and icons inlined by Vite.
 * - frame-ancestors is ignored in a <meta>; it takes effect through the header (APP_RESPONSE_HEADERS).
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'worker-src': ["'self'"],
  'connect-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'style-src': ["'self'", "'unsafe-inline'"],
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

const policyOf = (directives: [string, readonly string[]][]): string =>
  directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');

export const CONTENT_SECURITY_POLICY: string = policyOf(Object.entries(CSP_DIRECTIVES));

/** Directives a browser honours only from a header, and reports as an error in a <meta>. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy as index.html's <meta> carries it: the header's, less what a <meta> cannot hold. */
export function metaPolicy(policy: string): string {
  return policy
    .split(';')
    .map((part) => part.trim())
    .filter((part) => !HEADER_ONLY.has(part.split(/\s+/)[0] ?? ''))
    .join('; ');
}

/**
 * The headers every response of the app carries, wherever it is served from: Electron's app://
 * handler, `npm run web` (vite preview), `npm run dev` (with one addition, devPolicy in
 * renderer/vite.config.ts) and the end-to-end tests' server. As headers, the policy also covers
 * workers and applies frame-ancestors, which a <meta> cannot.
 */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};
