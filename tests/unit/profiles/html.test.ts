import { describe, expect, it } from 'vitest';
import {
  buildProfile,
  escapeHtml,
  isSafeDataImage,
  PROFILE_CSP,
  renderProfileHtml,
} from '../../../shared/profiles';
import { housing, id } from './fixtures';
import { HOSTILE, hostileRecords } from './hostile';

describe('escapeHtml', () => {
  it('neutralises script tags, event handlers, javascript: URLs and quotes', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml('" onmouseover="alert(1)')).toBe('&quot; onmouseover=&quot;alert(1)');
    expect(escapeHtml("' onfocus='x")).toBe('&#39; onfocus=&#39;x');
    expect(escapeHtml('<a href="javascript:alert(1)">')).toBe(
      '&lt;a href=&quot;javascript:alert(1)&quot;&gt;',
    );
    expect(escapeHtml('Tom & `Jerry`')).toBe('Tom &amp; &#96;Jerry&#96;');
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });

  it('accepts only base64 data images', () => {
    expect(isSafeDataImage('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(isSafeDataImage('javascript:alert(1)')).toBe(false);
    expect(isSafeDataImage('data:text/html;base64,PHNjcmlwdD4=')).toBe(false);
    expect(isSafeDataImage('data:image/svg+xml;utf8,<svg onload=alert(1)>')).toBe(false);
  });
});

describe('renderProfileHtml', () => {
  const doc = buildProfile(
    hostileRecords(),
    id('ent', 1),
    // A police recipient sees every report, so every hostile string reaches the HTML.
    { ...housing, agencyType: 'uk_law_enforcement' },
    { date: '2025-06-01', author: HOSTILE[1]!, authorText: { summary: HOSTILE[0]! } },
  );
  const html = renderProfileHtml(doc, { networkImage: 'javascript:alert(1)' });

  it('carries no script, no event handler, no link and a strict CSP', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/<[a-z][^>]*\s(href|src)\s*=/i);
    expect(html).not.toMatch(/<(iframe|svg|img|a)\b/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${PROFILE_CSP}">`);
    expect(PROFILE_CSP).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; img-src data:/);
  });

  it('shows hostile text as text', () => {
    expect(html).toContain(escapeHtml(HOSTILE[0]!));
    expect(html).toContain(escapeHtml(HOSTILE[3]!));
  });

  it('prints the marking at top and bottom, fixed for every page, and the date and redaction record', () => {
    expect(html.match(/class="marking[^"]*">OFFICIAL</g)).toHaveLength(4);
    expect(html).toContain('marking-fixed top');
    expect(html).toContain('marking-fixed bottom');
    expect(html).toContain('counter(pages)');
    expect(html).toContain('Date: 2025-06-01');
    expect(html).toContain('Redaction record');
  });

  it('embeds a safe chart image', () => {
    const withChart = renderProfileHtml(doc, {
      networkImage: 'data:image/png;base64,iVBORw0KGgo=',
    });
    expect(withChart).toContain(
      '<img class="chart" alt="Network chart" src="data:image/png;base64,iVBORw0KGgo=">',
    );
  });
});
