import type { Page } from 'playwright-core';

/**
 * Collects what a page gets wrong: uncaught errors, console errors (CSP reports among them) and
 * failed loads. A <meta> CSP cannot carry frame-ancestors (Electron sends it as a header), and
 * the browser's own favicon request is not the app's, so both are left out.
 */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    const text = m.text();
    if (
      m.type() === 'error' &&
      !text.includes('frame-ancestors') &&
      !text.startsWith('Failed to load')
    )
      problems.push(text);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico'))
      problems.push(`${r.status()} ${r.url()}`);
  });
  return problems;
}
