import { escapeHtml as e, PROFILE_CSP } from '../profiles';
import { profileCss } from '../profiles/htmlStyles';
import { PILLAR_IDS, PILLARS } from '../plans';
import type { BoardPackDocument } from './boardPack';
import { DUE_NEXT_DAYS } from './boardPack';
import { RAG, RAG_RULE } from './rag';

function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  empty: string,
  cls = '',
): string {
  if (rows.length === 0) return `<p class="notice">${e(empty)}</p>`;
  const head = headers.map((h) => `<th scope="col">${e(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  return `<table class="data ${cls}"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

const rag = (r: keyof typeof RAG) => `<span class="rag rag-${r}">${e(RAG[r])}</span>`;

/** Landscape pages and RAG colours on top of the profile's print styles (markings, page numbers). */
const BOARD_CSS = `
@page { size: A4 landscape; }
.rag { font-weight: 700; padding: 0 3px; }
.rag-red { color: #a00000; } .rag-amber { color: #8a5a00; } .rag-green { color: #1b6b1b; } .rag-none { color: #444; font-weight: 400; }
table.summary td { font-size: 9pt; }
table.due td:first-child { white-space: nowrap; }`;

/**
 * The board pack as one self-contained HTML file, drawn with the profiles' print styles: the
 * marking at the top and bottom of every printed page, page numbers, no script. Every value is
 * escaped; cells hold only escaped text or the fixed RAG spans above.
 */
export function renderBoardPackHtml(doc: BoardPackDocument): string {
  const mark = e(doc.marking);
  const since = doc.since
    ? `since the last meeting on ${doc.since}`
    : 'to date (no earlier meeting recorded)';
  const summary = table(
    [
      'Group',
      'Score band',
      'LRO',
      ...PILLAR_IDS.map((p) => PILLARS[p].label),
      'Overdue actions by agency',
      `Outcomes ${doc.since ? 'since ' + doc.since : 'to date'}`,
      'Plan review',
      'LRO sign-off',
    ],
    doc.rows.map((r) => [
      e(r.group),
      e(r.band),
      e(r.lro),
      ...PILLAR_IDS.map((p) => rag(r.rag[p])),
      e(r.overdueByAgency.map((a) => `${a.agency}: ${a.count}`).join('; ') || 'None'),
      e(
        `${r.outcomes.arrests} arrests, ${r.outcomes.charges} charges, ${r.outcomes.orders} orders or notices (${r.outcomes.closures} closures), ${r.outcomes.referrals} safeguarding referrals`,
      ),
      e(r.reviewDate),
      e(r.signedOff),
    ]),
    'No group has a disruption plan yet.',
    'summary',
  );
  const overdue = table(
    ['Lead agency', 'Overdue actions'],
    doc.overdueByAgency.map((a) => [e(a.agency), String(a.count)]),
    'No action is overdue.',
  );
  const due = table(
    ['Due', 'Group', 'What', 'Lead agency'],
    doc.dueNext.map((d) => [e(d.due), e(d.group), e(d.what), e(d.lead)]),
    `Nothing falls due in the next ${DUE_NEXT_DAYS} days.`,
    'due',
  );
  const meta = [
    `Meeting: ${doc.meetingOn}`,
    doc.chair ? `Chair: ${doc.chair}` : '',
    `Outcomes are counted ${since}.`,
  ].filter(Boolean);
  return `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PROFILE_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${mark} \u2013 ${e(doc.title)}</title>
<style>${profileCss(doc.meetingOn)}${BOARD_CSS}</style></head>
<body>
<div class="marking marking-fixed top">${mark}</div>
<div class="marking marking-fixed bottom">${mark}</div>
<table class="frame"><thead><tr><td><div class="marking-space"></div></td></tr></thead>
<tfoot><tr><td><div class="marking-space"></div></td></tr></tfoot>
<tbody><tr><td><div class="sheet">
<p class="marking">${mark}</p>
<header><h1>${e(doc.title)}</h1><p class="meta">${meta.map(e).join('<br>')}</p></header>
<section id="section-summary"><h2>Groups and their plans</h2>${summary}<p class="notice">${e(RAG_RULE)} Score bands come from the partnership's own prioritisation matrix, not the national OCG Mapping tool.</p></section>
<section id="section-overdue"><h2>Overdue actions by agency</h2>${overdue}</section>
<section id="section-due"><h2>Due next (to ${e(doc.dueNext.length ? doc.dueNext.at(-1)!.due.slice(0, 10) : doc.meetingOn)}, up to ${DUE_NEXT_DAYS} days ahead)</h2>${due}</section>
<section id="section-handling"><h2>Handling</h2><p>This pack names groups, powers and agencies only; no person is named. Share it only with members of the partnership board. Do not copy or forward it outside the partnership.</p></section>
<p class="marking">${mark}</p>
</div></td></tr></tbody></table>
</body></html>
`;
}
