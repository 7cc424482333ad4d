import { escapeHtml as e, isSafeDataImage } from './escape';
import type { PlanBody, ProfileSection, SectionBody } from './profileTypes';
import { WITHHELD_STATEMENT, type RedactionRecord } from './redactionRecord';

function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  rowClass: (i: number) => string = () => '',
): string {
  if (rows.length === 0) return '<p class="notice">Nothing to show.</p>';
  const head = headers.map((h) => `<th scope="col">${e(h)}</th>`).join('');
  const body = rows
    .map((r, i) => {
      const cls = rowClass(i);
      return `<tr${cls ? ` class="${cls}"` : ''}>${r.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`;
    })
    .join('');
  return `<table class="data"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function notice(text: string): string {
  return text ? `<p class="notice">${e(text)}</p>` : '';
}

function planHtml(plan: PlanBody): string {
  const aims = plan.aims.length
    ? `<ul>${plan.aims.map((a) => `<li>${e(a)}</li>`).join('')}</ul>`
    : '';
  const progress = table(
    ['Pillar', 'Actions', 'Done', 'In progress', 'Planned', 'Dropped', 'Overdue', '% done'],
    plan.progress.map((p) => [
      p.pillar[0]!.toUpperCase() + p.pillar.slice(1),
      String(p.total),
      String(p.done),
      String(p.inProgress),
      String(p.planned),
      String(p.dropped),
      String(p.overdue),
      p.percentDone === null ? '\u2013' : `${p.percentDone}%`,
    ]),
  );
  const actions = table(
    ['Pillar', 'Tactic', 'Lead agency', 'Targets', 'Owner', 'Due', 'Status', 'Outcome'],
    plan.actions.map((a) => [
      a.pillarLabel,
      a.tactic,
      a.leadAgency,
      a.targets.join(', '),
      a.owner,
      a.dueDate,
      a.status,
      a.outcome,
    ]),
    (i) => (plan.actions[i]?.overdue ? 'overdue' : ''),
  );
  return `<p><strong>Lead Responsible Officer:</strong> ${e(plan.lro)}</p>${aims}<h3>Progress by pillar</h3>${progress}<h3>Actions</h3>${actions}`;
}

export interface SectionRenderOptions {
  /** A chart of the network as a base64 data URL (PNG, JPEG or SVG); anything else is ignored. */
  networkImage?: string;
}

function bodyHtml(body: SectionBody, opts: SectionRenderOptions): string {
  switch (body.id) {
    case 'summary':
      return `<dl class="facts">${body.facts.map((f) => `<dt>${e(f.label)}</dt><dd>${e(f.value)}</dd>`).join('')}</dl>`;
    case 'safeguarding':
      return (
        notice(body.notice) +
        (body.rows.length
          ? table(
              ['Person', 'Recorded roles', 'Concerns'],
              body.rows.map((r) => [r.label, r.roles, r.flags.join('; ')]),
            )
          : '<p class="notice">No safeguarding concerns are recorded for the people in this profile.</p>')
      );
    case 'associates':
      return table(
        ['Associate', 'Kind', 'Roles', 'Relation', 'Grade', 'Grade meaning', 'Strength (1-5)'],
        body.rows.map((r) => [
          r.label,
          r.kindLabel,
          r.roles ?? '',
          r.relation,
          r.grade,
          r.gradeMeaning,
          String(r.strength),
        ]),
      );
    case 'measures':
      return (
        notice(body.notice) +
        (body.rows.length
          ? table(
              ['Measure', 'Record', 'Value', 'Position', 'What it means'],
              body.rows.map((r) => [r.label, r.entityLabel, r.value, r.position, r.meaning]),
            )
          : '')
      );
    case 'network': {
      const img =
        opts.networkImage && isSafeDataImage(opts.networkImage)
          ? `<img class="chart" alt="Network chart" src="${e(opts.networkImage)}">`
          : '';
      return `${img}<p>${e(body.description)}</p>`;
    }
    case 'timeline':
      return table(
        ['Date', 'Event'],
        body.events.map((ev) => [ev.date, ev.text]),
      );
    case 'intelligence':
      return table(
        ['Reference', 'Date', 'Grade', 'Grade meaning', 'Summary'],
        body.rows.map((r) => [r.reference, r.date, r.grade, r.gradeMeaning, r.summary]),
      );
    case 'plan':
      return body.plan ? planHtml(body.plan) : notice(body.notice);
    case 'orders':
      return (
        notice(body.notice) +
        (body.rows.length
          ? table(
              [
                'Power',
                'Binds',
                'Status',
                'Lead agency',
                'Court and reference',
                'In force',
                'Conditions',
              ],
              body.rows.map((r) => [
                r.power,
                r.binds.join(', '),
                r.status,
                r.leadAgency,
                r.court,
                r.inForce,
                r.conditions.join('; '),
              ]),
            )
          : '')
      );
    case 'referrals':
      return (
        notice(body.notice) +
        (body.rows.length
          ? table(
              ['Person (protected)', 'Record', 'Date', 'Reference', 'Summary'],
              body.rows.map((r) => [r.person, r.kind, r.date, r.reference, r.summary]),
            )
          : '')
      );
  }
}

export function sectionHtml(section: ProfileSection, opts: SectionRenderOptions): string {
  const author = section.authorText.trim()
    ? `<div class="author-text">${e(section.authorText)}</div>`
    : '';
  return `<section id="section-${e(section.id)}"><h2>${e(section.title)}</h2>${author}${bodyHtml(section.body, opts)}</section>`;
}

/** The recipient's account of what was withheld about the subject; no numbers below O-S. */
export function redactionHtml(r: RedactionRecord): string {
  if (r.detail === 'statement') {
    const intro = r.anyWithheld ? WITHHELD_STATEMENT : 'Nothing was withheld from this recipient.';
    return `<section id="section-redaction"><h2>Redaction record</h2><p>${e(intro)}</p></section>`;
  }
  const intro = !r.anyWithheld
    ? 'Nothing about the subject of this profile was withheld from this recipient.'
    : `${r.totalWithheld} item(s) about the subject of this profile were withheld from this recipient. Only counts are given; the items themselves are not described.`;
  const rows = table(
    ['What', 'Why withheld', 'Number'],
    r.rows.map((row) => [row.kindLabel, row.reasonText, String(row.count)]),
  );
  return `<section id="section-redaction"><h2>Redaction record</h2><p>${e(intro)}</p>${r.anyWithheld ? rows : ''}</section>`;
}

/** The disclosure's terms, printed before the content so the reader meets them first. */
export function termsHtml(lines: readonly [string, string][]): string {
  if (lines.length === 0)
    return '<section id="section-terms"><h2>Terms of this disclosure</h2><p class="notice">Draft: the terms and the disclosure reference are printed when the profile is exported.</p></section>';
  const items = lines.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('');
  return `<section id="section-terms"><h2>Terms of this disclosure</h2><dl class="facts">${items}</dl></section>`;
}
