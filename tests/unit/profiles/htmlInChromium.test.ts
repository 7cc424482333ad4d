import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProfile, renderProfileHtml } from '../../../shared/profiles';
import { housing, id } from './fixtures';
import { hostileRecords } from './hostile';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const canRun = existsSync(CHROMIUM);
const hasPoppler = canRun && existsSync('/usr/bin/pdftotext');

describe.skipIf(!canRun)('profile HTML in Chromium', () => {
  let browser: Browser;
  const doc = buildProfile(
    hostileRecords(),
    id('ent', 1),
    // A police recipient sees every report, so every hostile string reaches the HTML.
    { ...housing, agencyType: 'uk_law_enforcement' },
    { date: '2025-06-01', author: 'Analyst' },
  );
  const dir = mkdtempSync(join(tmpdir(), 'linchpin-profile-'));
  const file = join(dir, 'profile.html');
  writeFileSync(file, renderProfileHtml(doc));

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('executes nothing from hostile labels', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`file://${file}`);
    await page.mouse.move(200, 200);
    await page.mouse.move(400, 500);
    const found = await page.evaluate(() => {
      const w = window as unknown as { __pwned?: number };
      const withHandlers = [...document.querySelectorAll('*')].filter((el) =>
        [...el.attributes].some((a) => a.name.startsWith('on')),
      );
      return {
        pwned: w.__pwned ?? null,
        scripts: document.querySelectorAll('script').length,
        handlers: withHandlers.length,
        links: document.querySelectorAll('a, iframe, img, svg').length,
        title: document.querySelector('h1')?.textContent ?? '',
      };
    });
    expect(found).toEqual({
      pwned: null,
      scripts: 0,
      handlers: 0,
      links: 0,
      title: expect.stringContaining('<script>'),
    });
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it.skipIf(!hasPoppler)(
    'prints the marking at top and bottom of every page, with page numbers and date',
    async () => {
      const page = await browser.newPage();
      await page.goto(`file://${file}`);
      const pdf = join(dir, 'profile.pdf');
      await page.pdf({ path: pdf, preferCSSPageSize: true });
      await page.close();
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1]);
      expect(pages).toBeGreaterThan(2);
      for (let p = 1; p <= pages; p++) {
        const text = execFileSync('pdftotext', [
          '-f',
          String(p),
          '-l',
          String(p),
          '-layout',
          pdf,
          '-',
        ]).toString();
        const lines = text.split('\n').filter((l) => l.trim());
        expect(lines[0]?.trim(), `top of page ${p}`).toBe('OFFICIAL');
        expect(
          lines.some((l, i) => i > lines.length - 4 && l.trim() === 'OFFICIAL'),
          `bottom of page ${p}`,
        ).toBe(true);
        expect(text).toContain(`Page ${p} of ${pages}`);
        expect(text).toContain('2025-06-01');
      }
    },
  );
});
