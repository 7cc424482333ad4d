import { AGENCY_TYPES } from './recipient';
import { escapeHtml as e } from './escape';
import { profileCss } from './htmlStyles';
import { redactionHtml, sectionHtml, termsHtml, type SectionRenderOptions } from './htmlSections';
import { termsLines } from './terms';
import type { ProfileDocument } from './profileTypes';

/** Nothing may load or run: no scripts, no fonts, no network; inline styles and data images only. */
export const PROFILE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * One self-contained HTML file for offline reading and for printing to PDF. It holds no script
 * at all, and the CSP forbids any that might be smuggled in, so a hostile label can at worst
 * show as text.
 */
export function renderProfileHtml(doc: ProfileDocument, opts: SectionRenderOptions = {}): string {
  const mark = e(doc.marking);
  const r = doc.recipient;
  const meta = [
    `Recipient: ${r.agency} (${AGENCY_TYPES[r.agencyType].label}), ${r.role}`,
    `Prepared by: ${doc.author}`,
    `Date: ${doc.date}`,
    ...(doc.reference ? [`Disclosure reference: ${doc.reference}`] : []),
  ];
  const terms = doc.terms ? termsLines(doc.terms, doc.reference ?? '', doc.author) : [];
  return `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PROFILE_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${mark} \u2013 ${e(doc.title)}</title>
<style>${profileCss(doc.date)}</style></head>
<body>
<div class="marking marking-fixed top">${mark}</div>
<div class="marking marking-fixed bottom">${mark}</div>
<table class="frame"><thead><tr><td><div class="marking-space"></div></td></tr></thead>
<tfoot><tr><td><div class="marking-space"></div></td></tr></tfoot>
<tbody><tr><td><div class="sheet">
<p class="marking">${mark}</p>
<header><h1>${e(doc.title)}</h1><p class="meta">${meta.map(e).join('<br>')}</p></header>
${termsHtml(terms)}
${doc.sections.map((s) => sectionHtml(s, opts)).join('\n')}
${redactionHtml(doc.redaction)}
<p class="marking">${mark}</p>
</div></td></tr></tbody></table>
</body></html>
`;
}
