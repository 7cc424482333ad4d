import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/ipc/csp';

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

  it('has no duplicate directives', () => {
    expect(policy.size).toBe(CONTENT_SECURITY_POLICY.split(';').length);
  });
});
