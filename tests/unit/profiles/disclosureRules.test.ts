/**
 * The disclosure rules, table-driven over every recipient class against the fictional demo: what
 * goes, what is withheld, and what the reader is told. An imported call-record link (no grade, no
 * intelligence behind it) is added to the demo, as an analyst's spreadsheet import would.
 */
import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace, DEMO_REFERENCE_DATE } from '../../../shared/demo';
import { linkSchema, type Entity } from '../../../shared/model';
import {
  AGENCY_TYPE_IDS,
  AGENCY_TYPES,
  buildProfile,
  CLASS_POLICY,
  isGradedE,
  KIND_RULES,
  RECIPIENT_CLASS_IDS,
  recipientClassOf,
  renderProfileHtml,
  WITHHELD_STATEMENT,
  type AgencyType,
  type ProfileDocument,
  type RecipientClass,
  type Recipient,
} from '../../../shared/profiles';

const demo = buildDemoWorkspace();
const byLabel = (label: string): Entity => {
  const found = demo.entities.find((e) => e.label === label);
  if (!found) throw new Error(`The demo has no ${label}: the test data is missing.`);
  return found;
};
const kayden = byLabel('Kayden Rook');
const tony = byLabel('Anthony Varrick');
const callLink = linkSchema.parse({
  id: 'lnk_ca11ca11ca11ca11ca11',
  workspaceId: kayden.workspaceId,
  source: tony.id,
  target: kayden.id,
  kind: 'calls',
  callCount: 14,
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
});
const records = {
  entities: demo.entities,
  links: [...demo.links, callLink],
  intelItems: demo.intel,
};
const children = demo.entities.filter(
  (e) => e.kind === 'nominal' && e.attrs.dateOfBirth && e.attrs.dateOfBirth > '2008-11-01',
);
const eGraded = demo.intel.filter((i) => isGradedE(i.grade));
const notes = [...demo.entities, ...demo.links].map((r) => r.notes.trim()).filter(Boolean);

/** One agency type per recipient class: the first that maps to it. */
const AGENCY_FOR: Record<RecipientClass, AgencyType> = Object.fromEntries(
  RECIPIENT_CLASS_IDS.map((c) => [
    c,
    AGENCY_TYPE_IDS.find((t) => recipientClassOf({ agencyType: t }) === c)!,
  ]),
) as Record<RecipientClass, AgencyType>;

const recipient = (c: RecipientClass, clearance: Recipient['clearance']): Recipient => ({
  agency: `${AGENCY_TYPES[AGENCY_FOR[c]].label} (test)`,
  agencyType: AGENCY_FOR[c],
  role: 'Officer',
  clearance,
  mayReceiveConditional: false,
});
const profile = (subject: Entity, c: RecipientClass, clearance: Recipient['clearance']) =>
  buildProfile(records, subject.id, recipient(c, clearance), {
    date: DEMO_REFERENCE_DATE,
    author: 'A. Analyst',
  });
const kindsShown = (doc: ProfileDocument) =>
  new Set(doc.disclosed.entityIds.map((id) => demo.entities.find((e) => e.id === id)?.kind));

/** What each class may receive, written out by hand: the test of the rules table. */
const EXPECTED: Record<
  RecipientClass,
  { police: boolean; phones: boolean; vehicles: boolean; intel: boolean; safeguarding: boolean }
> = {
  police: { police: true, phones: true, vehicles: true, intel: true, safeguarding: true },
  childrens_social_care: {
    police: false,
    phones: true,
    vehicles: false,
    intel: true,
    safeguarding: true,
  },
  adult_social_care: {
    police: false,
    phones: true,
    vehicles: false,
    intel: true,
    safeguarding: true,
  },
  housing: { police: false, phones: false, vehicles: false, intel: false, safeguarding: false },
  licensing: { police: false, phones: false, vehicles: true, intel: false, safeguarding: false },
  trading_standards: {
    police: false,
    phones: false,
    vehicles: true,
    intel: false,
    safeguarding: false,
  },
  education: { police: false, phones: false, vehicles: false, intel: false, safeguarding: true },
  health: { police: false, phones: false, vehicles: false, intel: false, safeguarding: true },
  landlord_other: {
    police: false,
    phones: false,
    vehicles: false,
    intel: false,
    safeguarding: false,
  },
};

describe('the rules table', () => {
  it('has a rule for every record kind and every recipient class, and every class an agency', () => {
    for (const row of Object.values(KIND_RULES))
      expect(Object.keys(row).sort()).toEqual([...RECIPIENT_CLASS_IDS].sort());
    for (const c of RECIPIENT_CLASS_IDS) expect(AGENCY_FOR[c]).toBeDefined();
  });
});

describe.each(RECIPIENT_CLASS_IDS)('a %s recipient, on the demo', (c) => {
  const want = EXPECTED[c];
  const ocg = profile(byLabel('Tannerside Firm'), c, 'OFFICIAL-SENSITIVE');
  const ocgJson = JSON.stringify({ ...ocg, withheld: undefined, disclosed: undefined });

  it('gets E-graded and ungraded material only if it is the police', () => {
    const shownE = eGraded.filter((i) => ocg.disclosed.intelIds.includes(i.id));
    const supportedByE = demo.links.filter(
      (l) => l.provenance.length > 0 && l.provenance.every((p) => eGraded.some((e) => e.id === p)),
    );
    expect(supportedByE.length).toBeGreaterThan(0);
    if (want.police) {
      expect(shownE.length).toBeGreaterThan(0);
      expect(ocg.disclosed.linkIds).toContain(callLink.id);
    } else {
      expect(shownE).toEqual([]);
      for (const l of supportedByE) expect(ocg.disclosed.linkIds).not.toContain(l.id);
      expect(ocg.disclosed.linkIds).not.toContain(callLink.id);
      expect(ocgJson).not.toMatch(/assessed as malicious/);
      expect(ocg.withheld.rows.some((r) => r.reason === 'graded_e')).toBe(true);
      expect(ocg.withheld.rows.some((r) => r.reason === 'ungraded')).toBe(true);
    }
  });

  it('gets the record kinds, notes and references its rules allow', () => {
    const kinds = kindsShown(ocg);
    expect(kinds.has('phone')).toBe(want.phones);
    expect(kinds.has('vehicle')).toBe(want.vehicles);
    expect(ocg.disclosed.intelIds.length > 0).toBe(want.intel);
    const person = JSON.stringify(profile(tony, c, 'OFFICIAL-SENSITIVE').sections);
    expect(tony.notes.length).toBeGreaterThan(0);
    expect(person.includes(tony.notes)).toBe(CLASS_POLICY[c].analystNotes);
    if (!CLASS_POLICY[c].analystNotes) for (const n of notes) expect(ocgJson).not.toContain(n);
    expect(/KF\/(IR|SG)\//.test(ocgJson)).toBe(CLASS_POLICY[c].sourceReferences);
  });

  it('reads every demo child as a victim; only the police read "suspect", beside the context', () => {
    for (const child of children) {
      const doc = profile(child, c, 'OFFICIAL-SENSITIVE');
      const summary = doc.sections.find((s) => s.id === 'summary')?.body;
      const roles =
        summary?.id === 'summary'
          ? summary.facts.find((f) => f.label === 'Recorded roles')
          : undefined;
      expect(roles?.value).toMatch(/^Victim of exploitation \(child\)/);
      const html = renderProfileHtml(doc);
      const mentions = html.match(new RegExp(`${child.label}[^<]*suspect`, 'gi')) ?? [];
      if (want.police && child.kind === 'nominal' && child.attrs.roles.includes('suspect'))
        expect(roles?.value).toMatch(
          /Also recorded by police as suspect: safeguarding context: Child \(aged \d+\)/,
        );
      else expect(roles?.value).not.toMatch(/suspect/i);
      if (!want.police) expect(mentions).toEqual([]);
      // Safeguarding details follow the class's policy.
      const sg = doc.sections.find((s) => s.id === 'safeguarding')?.body;
      const row =
        sg?.id === 'safeguarding' ? sg.rows.find((r) => r.entityId === child.id) : undefined;
      expect(row?.flags.some((f) => /missing episode|risk:/.test(f)) ?? false).toBe(
        want.safeguarding,
      );
    }
  });

  it('counts only what concerns the subject, and below OFFICIAL-SENSITIVE gives no numbers', () => {
    const place = byLabel('Flat 3, 27 Osier Lane');
    const placeDoc = profile(place, c, 'OFFICIAL-SENSITIVE');
    expect(placeDoc.withheld.total).toBeLessThan(ocg.withheld.total);
    expect(placeDoc.redaction.totalWithheld).toBe(placeDoc.withheld.total);
    const official = profile(place, c, 'OFFICIAL');
    expect(official.redaction.rows).toEqual([]);
    expect(official.redaction.totalWithheld).toBeNull();
    const section =
      /<section id="section-redaction">(.*?)<\/section>/s.exec(renderProfileHtml(official))?.[1] ??
      '';
    expect(section).toContain(
      official.redaction.anyWithheld ? WITHHELD_STATEMENT : 'Nothing was withheld',
    );
    expect(section.replace(/<\/?h2>/g, '')).not.toMatch(/\d/);
  });
});

describe('overrides', () => {
  it('let the named rule through for one profile and print the reason', () => {
    const subject = byLabel('Tannerside Firm');
    const doc = buildProfile(
      records,
      subject.id,
      recipient('childrens_social_care', 'OFFICIAL-SENSITIVE'),
      {
        date: DEMO_REFERENCE_DATE,
        author: 'A. Analyst',
        overrides: [
          { rule: 'ungraded', reason: 'The call pattern is the concern the MASH must see.' },
        ],
      },
    );
    expect(doc.disclosed.linkIds).toContain(callLink.id);
    expect(eGraded.some((i) => doc.disclosed.intelIds.includes(i.id))).toBe(false);
  });
});
