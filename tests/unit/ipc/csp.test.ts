import { describe, expect, it } from 'vitest';
import viteConfig, { devPolicy } from '../../../renderer/vite.config';
import { APP_RESPONSE_HEADERS, CONTENT_SECURITY_POLICY, metaPolicy } from '../../../shared/ipc/csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('shared/ipc/csp', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('is exactly the agreed policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self'; " +
        "img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; font-src 'self'; object-src 'none'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('starts from nothing and never allows eval, inline scripts or remote origins', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    const all = [...policy.values()].flat();
    expect(all).not.toContain("'unsafe-eval'");
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    for (const source of all) expect(source).not.toMatch(/^(https?:|wss?:|\*)/);
  });

  it('leaves out of the <meta> only what a browser refuses there, and keeps the rest word for word', () => {
    const meta = directives(metaPolicy(CONTENT_SECURITY_POLICY));
    expect(meta.has('frame-ancestors')).toBe(false);
    for (const [name, sources] of policy)
      if (name !== 'frame-ancestors') expect(meta.get(name), name).toEqual(sources);
    expect(metaPolicy(devPolicy())).toContain(directives(devPolicy()).get('script-src')!.join(' '));
  });

  it('has no duplicate directives', () => {
    expect(policy.size).toBe(CONTENT_SECURITY_POLICY.split(';').length);
  });
});

describe('the policy as a header wherever the app is served', () => {
  const config = viteConfig as {
    preview?: { headers?: Record<string, string> };
    server?: { headers?: Record<string, string> };
  };

  it('npm run web (vite preview) sends exactly the headers app:// sends', () => {
    expect(config.preview?.headers).toEqual(APP_RESPONSE_HEADERS);
    expect(APP_RESPONSE_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('npm run dev sends the same headers, its policy allowing only the Fast Refresh preamble besides', () => {
    const served = config.server?.headers ?? {};
    const policy = served['Content-Security-Policy'];
    for (const [name, value] of Object.entries(APP_RESPONSE_HEADERS))
      if (name !== 'Content-Security-Policy') expect(served[name], name).toBe(value);
    expect(Object.keys(served).sort()).toEqual(Object.keys(APP_RESPONSE_HEADERS).sort());
    expect(policy).toBe(devPolicy());
    const dev = directives(devPolicy());
    const app = directives(CONTENT_SECURITY_POLICY);
    for (const [name, sources] of app)
      if (name !== 'script-src') expect(dev.get(name), name).toEqual(sources);
    const extra = dev.get('script-src')!.filter((s) => !app.get('script-src')!.includes(s));
    expect(extra.length).toBeGreaterThan(0);
    for (const source of extra) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
  });
});
