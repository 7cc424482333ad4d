/**
 * Print layout. The marking is drawn by fixed elements, which Chromium repeats on every printed
 * page; a table's thead and tfoot, also repeated per page, reserve the space so the text never
 * runs under them. Page numbers use @page margin boxes, which Chromium draws from version 131
 * (Electron 34 and later) and older engines ignore.
 */
export function profileCss(date: string): string {
  const safeDate = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '';
  return `
@page { size: A4; margin: 12mm 14mm 14mm;
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt sans-serif; color: #333; }
  @bottom-left { content: "${safeDate}"; font: 8pt sans-serif; color: #333; } }
* { box-sizing: border-box; }
body { font: 10.5pt/1.45 "Segoe UI", Arial, sans-serif; color: #111; margin: 0; background: #fff; }
.sheet { max-width: 190mm; margin: 0 auto; padding: 0 4mm; }
.marking { font-weight: 700; text-align: center; letter-spacing: .08em; margin: 6px 0; padding: 3px 0;
  border: 2px solid #111; text-transform: uppercase; }
.marking-fixed { display: none; }
.marking-space { height: 0; }
table.frame { width: 100%; border-collapse: collapse; }
table.frame > thead td, table.frame > tfoot td, table.frame > tbody > tr > td { padding: 0; border: 0; }
h1 { font-size: 18pt; margin: 8px 0 4px; }
h2 { font-size: 13pt; margin: 18px 0 6px; border-bottom: 1px solid #999; page-break-after: avoid; }
.meta { color: #333; margin: 0 0 10px; }
.author-text { white-space: pre-wrap; background: #f4f4f4; border-left: 3px solid #555; padding: 6px 8px; }
.notice { font-style: italic; color: #333; }
table.data { width: 100%; border-collapse: collapse; margin: 6px 0; font-size: 9.5pt; }
table.data th, table.data td { border: 1px solid #bbb; padding: 3px 5px; text-align: left; vertical-align: top; }
table.data th { background: #eee; }
table.data tr { page-break-inside: avoid; }
.overdue { font-weight: 700; color: #a00000; }
.overdue::after { content: " (overdue)"; }
dl.facts { display: grid; grid-template-columns: 38mm 1fr; gap: 2px 8px; margin: 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
img.chart { max-width: 100%; border: 1px solid #ccc; }
@media print {
  .marking-fixed { display: block; position: fixed; left: 0; right: 0; background: #fff; }
  .marking-fixed.top { top: 0; }
  .marking-fixed.bottom { bottom: 0; }
  .marking-space { height: 11mm; }
  /* The fixed markings repeat on every page; the document's own would print a second one. */
  .sheet > p.marking { display: none; }
  .sheet { max-width: none; padding: 0; }
  section { page-break-inside: auto; }
}`;
}
