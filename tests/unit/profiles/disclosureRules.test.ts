/**
 * The disclosure rules, table-driven over every recipient class against the fictional demo: what
 * goes, what is withheld, and what the reader is told. An imported call-record link (no grade, no
 * intelligence behind it) is added to the demo, as an analyst's spreadsheet import would.
 */
import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace, DEMO_REFERENCE_DATE } from '../../../shared/demo';
import { entitySchema, linkSchema, type Entity } from '../../../shared/model';
import { orderSchema } from '../../../shared/orders';
import { safeguardingRecordSchema } from '../../../shared/referrals';
import {
  AGENCY_TYPE_IDS,
  AGENCY_TYPES,
  buildProfile,
  CLASS_POLICY,
  isGradedE,
  KIND_RULES,
  RECIPIENT_CLASS_IDS,
  recipientClassOf,
  redactRecords,
  renderProfileHtml,
  WITHHELD_STATEMENT,
  type AgencyType,
  type ProfileDocument,
  type RecipientClass,
  type Recipient,
  type RecordKind,
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
const tyler = byLabel('Tyler Banfield');
const maureen = byLabel('Maureen Threlfall');
/** A 15-year-old recorded only as a suspect, with no safeguarding flag: his NRM referral makes him a victim. */
const reece = entitySchema.parse({
  id: 'ent_5eece5eece5eece5eece',
  workspaceId: kayden.workspaceId,
  kind: 'nominal',
  label: 'Reece Varley',
  attrs: {
    forenames: 'Reece',
    surname: 'Varley',
    dateOfBirth: '2011-05-02',
    roles: ['suspect'],
  },
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-10-01T09:00:00.000Z',
});
const reeceLink = linkSchema.parse({
  ...callLink,
  id: 'lnk_5eece5eece5eece5eec0',
  target: reece.id,
  kind: 'associate',
  grade: { scheme: '3x5x2', source: '2', intelligence: 'B', handling: 'P' },
  callCount: undefined,
});
/**
 * Casework the demo lacks, added as an analyst would record it: a KCPO on a child (for
 * education's cell), a closure order still before the court (pending: police only), an adult's
 * NRM referral with consent, and Reece's NRM referral.
 */
const extraOrders = [
  {
    id: 'ord_7c70c70c70c70c70c70c',
    ...orderSchema.parse({
      powerId: 'knife_crime_prevention_order',
      boundIds: [tyler.id],
      leadAgencyKind: 'police',
      leadAgency: 'Kestrelford Police',
      status: 'in_force',
      court: 'Kestrelford Youth Court',
      inForceOn: '2026-10-01',
    }),
  },
  {
    id: 'ord_c105ec105ec105ec105e',
    ...orderSchema.parse({
      powerId: 'closure_order',
      boundIds: [byLabel('29 Kestrel Road').id],
      leadAgencyKind: 'police',
      leadAgency: 'Kestrelford Police',
      status: 'applied',
      appliedOn: '2026-10-30',
    }),
  },
];
const sgRecord = (id: string, r: unknown) => ({ id, ...safeguardingRecordSchema.parse(r) });
const extraReferrals = [
  sgRecord('sgr_3a0ee03a0ee03a0ee03a', {
    kind: 'nrm_referral',
    personId: maureen.id,
    referredOn: '2026-10-02',
    firstResponder: 'Kestrelford Police',
    consent: true,
    reference: 'NRM-26-ADULT',
  }),
  sgRecord('sgr_5eece5eece5eece5eec0', {
    kind: 'nrm_referral',
    personId: reece.id,
    referredOn: '2026-10-20',
    firstResponder: 'Kestrelford Police',
    reference: 'NRM-26-REECE',
  }),
];
const orders = [...demo.partnership!.orders.map((o) => ({ ...o.order, id: o.id })), ...extraOrders];
const safeguardingRecords = [
  ...demo.partnership!.referrals.map((r) => ({ ...r.record, id: r.id })),
  ...extraReferrals,
];
const records = {
  entities: [...demo.entities, reece],
  links: [...demo.links, callLink, reeceLink],
  intelItems: demo.intel,
  orders,
  safeguardingRecords,
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

/** A casework record by a name a reader can check against the demo: kind and whom it names. */
const labelOf = (id: string) => records.entities.find((e) => e.id === id)?.label ?? id;
const orderName = (o: (typeof orders)[number]) =>
  `${o.powerId} ${o.boundIds.map(labelOf).join(' + ')}`;
const recordName = (r: (typeof safeguardingRecords)[number]) => labelOf(r.personId);

const CHILD_MASH = [
  'Charlie Dunmore',
  'Kayden Rook',
  'Mia Hesketh',
  'Ruby Clewlow',
  'Tyler Banfield',
];
const ADULT_MASH = ['Glenys Marwood', 'Maureen Threlfall'];
const CHILD_NRM = ['Kayden Rook', 'Reece Varley', 'Ruby Clewlow'];
const STRATEGY = ['Charlie Dunmore', 'Tyler Banfield'];
const CAWN = ['Kayden Rook', 'Mia Hesketh'];
const MISSING = ['Alfie Cottam', 'Jayden Okafor-Lowe', 'Kayden Rook', 'Kayden Rook'];
const CLOSURE = ['closure_notice 14 Pellow Court', 'closure_order 14 Pellow Court'];
/** Decided orders whose every bound record social care may see (Holloway Farm they may not). */
const DECIDED_SEEN = [
  ...CLOSURE,
  'ddtro Tony line (2024)',
  'gang_injunction Callum Brennock',
  'knife_crime_prevention_order Aaron Lusk',
  'knife_crime_prevention_order Tyler Banfield',
];
const NONE = {
  order: [],
  mash_referral: [],
  nrm_referral: [],
  strategy_meeting: [],
  cawn: [],
  missing_episode: [],
};

/** What goes to each class, record kind by record kind, written out by hand from the policy. */
const CASEWORK: Record<RecipientClass, Record<RecordKind, string[]>> = {
  police: {
    order: orders.map(orderName),
    mash_referral: [...ADULT_MASH, ...CHILD_MASH],
    nrm_referral: [...CHILD_NRM, 'Maureen Threlfall'],
    strategy_meeting: STRATEGY,
    cawn: CAWN,
    missing_episode: MISSING,
  },
  childrens_social_care: {
    order: DECIDED_SEEN,
    mash_referral: CHILD_MASH,
    nrm_referral: CHILD_NRM,
    strategy_meeting: STRATEGY,
    cawn: CAWN,
    missing_episode: MISSING,
  },
  adult_social_care: {
    ...NONE,
    order: DECIDED_SEEN,
    mash_referral: ADULT_MASH,
    nrm_referral: ['Maureen Threlfall'],
  },
  housing: { ...NONE, order: CLOSURE },
  licensing: { ...NONE, order: CLOSURE },
  trading_standards: NONE,
  education: {
    order: ['knife_crime_prevention_order Tyler Banfield'],
    mash_referral: CHILD_MASH,
    nrm_referral: CHILD_NRM,
    strategy_meeting: STRATEGY,
    cawn: CAWN,
    missing_episode: MISSING,
  },
  health: {
    ...NONE,
    mash_referral: [...ADULT_MASH, ...CHILD_MASH],
    nrm_referral: [...CHILD_NRM, 'Maureen Threlfall'],
    strategy_meeting: STRATEGY,
    missing_episode: MISSING,
  },
  landlord_other: { ...NONE, order: CLOSURE },
};
const RECORD_KINDS = Object.keys(NONE) as RecordKind[];

describe('orders and safeguarding records, by recipient class, on the demo', () => {
  it('has a considered cell for each new kind and every class', () => {
    for (const k of RECORD_KINDS)
      expect(Object.keys(KIND_RULES[k]).sort()).toEqual([...RECIPIENT_CLASS_IDS].sort());
  });

  describe.each(RECIPIENT_CLASS_IDS)('a %s recipient', (c) => {
    const all = redactRecords(records, recipient(c, 'OFFICIAL-SENSITIVE'), {
      date: DEMO_REFERENCE_DATE,
    });
    const got = all.records;
    const withheld = (kind: string) =>
      all.redaction.rows.filter((r) => r.kind === kind).reduce((n, r) => n + r.count, 0);

    it.each(RECORD_KINDS)('gets the %s records its cell allows, and is told of the rest', (k) => {
      const shown =
        k === 'order'
          ? got.orders.map(orderName)
          : got.safeguardingRecords.filter((r) => r.kind === k).map(recordName);
      expect(shown.sort()).toEqual([...CASEWORK[c][k]].sort());
      const total = (kind: RecordKind) =>
        kind === 'order'
          ? orders.length
          : safeguardingRecords.filter((r) => r.kind === kind).length;
      const gone = (kind: RecordKind) => CASEWORK[c][kind].length;
      if (k === 'order') expect(withheld('order')).toBe(total('order') - gone('order'));
      else {
        const sg = RECORD_KINDS.filter((x) => x !== 'order');
        expect(withheld('safeguarding_record')).toBe(
          sg.reduce((n, x) => n + total(x) - gone(x), 0),
        );
      }
    });

    it("strips the fields its cell leaves out, and reads every child's records from the redacted copy", () => {
      const nrm = got.safeguardingRecords.find(
        (r) => r.kind === 'nrm_referral' && r.personId === kayden.id,
      );
      const episode = got.safeguardingRecords.find(
        (r) => r.kind === 'missing_episode' && r.personId === kayden.id && 'foundAtId' in r,
      );
      if (c === 'education' || c === 'health') {
        expect(nrm && Object.keys(nrm)).not.toContain('firstResponder');
        expect(nrm?.reference).toBeUndefined();
        expect(episode).toBeUndefined();
      } else if (CASEWORK[c].nrm_referral.includes('Kayden Rook')) {
        expect(nrm?.reference).toBe('NRM-25-10441');
        expect(episode).toBeDefined();
      } else expect(nrm).toBeUndefined();
      for (const r of got.safeguardingRecords) {
        const fromRules = CLASS_POLICY[c].analystNotes || r.notes === '' || r.notes === undefined;
        expect(fromRules).toBe(true);
      }
    });

    it("gives Kayden Rook's profile only the casework that may go, or says they are not shared", () => {
      const doc = profile(kayden, c, 'OFFICIAL-SENSITIVE');
      const body = doc.sections.find((s) => s.id === 'referrals')?.body;
      if (body?.id !== 'referrals') throw new Error('no referrals section');
      const allowed = RECORD_KINDS.filter((k) => k !== 'order').some(
        (k) => CASEWORK[c][k].length > 0,
      );
      const mine = RECORD_KINDS.filter((k) => k !== 'order').flatMap((k) =>
        CASEWORK[c][k].filter((n) => n === 'Kayden Rook'),
      );
      expect(body.rows.filter((r) => r.person === 'Kayden Rook')).toHaveLength(mine.length);
      if (!allowed) expect(body.notice).toMatch(/are not shared with/);
      expect(doc.disclosed.recordIds.length).toBeGreaterThanOrEqual(body.rows.length);
      const html = renderProfileHtml(doc);
      expect(html.includes('NRM-25-10441')).toBe(c === 'police' || c === 'childrens_social_care');
    });

    it('reads a child referred to the NRM as a victim, though recorded only as a suspect', () => {
      const doc = profile(reece, c, 'OFFICIAL-SENSITIVE');
      const summary = doc.sections.find((s) => s.id === 'summary')?.body;
      const roles =
        summary?.id === 'summary'
          ? summary.facts.find((f) => f.label === 'Recorded roles')?.value
          : undefined;
      expect(roles).toMatch(/^Victim of exploitation \(child\)/);
      if (!CLASS_POLICY[c].police) expect(roles).not.toMatch(/suspect/i);
    });
  });
});
