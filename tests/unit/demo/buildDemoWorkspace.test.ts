import { describe, expect, it } from 'vitest';
import {
  DEMO_PERIOD,
  DEMO_REFERENCE_DATE,
  FICTIONAL_NOTICE,
  buildDemoWorkspace,
} from '../../../shared/demo';
import {
  ID_REGEX,
  LINK_KIND_IDS,
  entitySchema,
  highestClassification,
  intelItemSchema,
  isChildOn,
  linkSchema,
} from '../../../shared/model';
import type { EntityOf } from '../../../shared/model';

const demo = buildDemoWorkspace();
const nominals = demo.entities.filter((e): e is EntityOf<'nominal'> => e.kind === 'nominal');
const byId = new Map(demo.entities.map((e) => [e.id, e]));

describe('buildDemoWorkspace: records', () => {
  it('gives records that the schemas accept unchanged (nothing left to defaults)', () => {
    for (const entity of demo.entities) expect(entitySchema.parse(entity)).toEqual(entity);
    for (const link of demo.links) expect(linkSchema.parse(link)).toEqual(link);
    for (const item of demo.intel) expect(intelItemSchema.parse(item)).toEqual(item);
  });

  it('uses unique, well-formed ids', () => {
    const ids = [...demo.entities, ...demo.links, ...demo.intel].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(ID_REGEX);
  });

  it('joins every link to entities that exist, and every provenance to an intelligence item', () => {
    const intelIds = new Set(demo.intel.map((i) => i.id));
    for (const link of demo.links) {
      expect(byId.has(link.source) && byId.has(link.target)).toBe(true);
      expect(link.provenance.length).toBeGreaterThan(0);
      for (const id of link.provenance) expect(intelIds.has(id)).toBe(true);
    }
    for (const entity of demo.entities) {
      for (const id of entity.provenance) expect(intelIds.has(id)).toBe(true);
    }
  });

  it('leaves no entity unconnected or without provenance, and no report unused', () => {
    const ends = new Set(demo.links.flatMap((l) => [l.source, l.target]));
    for (const entity of demo.entities) {
      expect(ends.has(entity.id), entity.label).toBe(true);
      expect(entity.provenance.length, entity.label).toBeGreaterThan(0);
    }
    const cited = new Set(demo.links.flatMap((l) => l.provenance));
    for (const item of demo.intel) expect(cited.has(item.id), item.reference).toBe(true);
  });

  it('is deterministic: the same output on every call', () => {
    expect(JSON.stringify(buildDemoWorkspace())).toBe(JSON.stringify(demo));
  });
});

describe('buildDemoWorkspace: content', () => {
  it('has about 60 nominals, three OCGs and one street gang', () => {
    expect(nominals.length).toBeGreaterThanOrEqual(55);
    expect(nominals.length).toBeLessThanOrEqual(65);
    expect(demo.entities.filter((e) => e.kind === 'ocg')).toHaveLength(3);
    expect(demo.entities.filter((e) => e.kind === 'usg')).toHaveLength(1);
  });

  it('has at least six exploited children, recorded as victims with assessed risk', () => {
    const children = nominals.filter((n) => isChildOn(n.attrs.dateOfBirth, DEMO_REFERENCE_DATE));
    expect(children.length).toBeGreaterThanOrEqual(6);
    for (const child of children) {
      expect(child.attrs.roles).toContain('victim');
      expect(child.attrs.safeguarding?.cceRisk).toBeDefined();
      expect(child.attrs.safeguarding?.assessedBy).toBeTruthy();
      expect((child.attrs.safeguarding?.assessedOn ?? '9999') <= DEMO_REFERENCE_DATE).toBe(true);
      expect(child.classification).toBe('OFFICIAL-SENSITIVE');
    }
    const flags = children.map((c) => c.attrs.safeguarding!);
    expect(new Set(flags.map((f) => f.cceRisk))).toEqual(new Set(['high', 'medium', 'low']));
    expect(flags.some((f) => f.missingEpisodes > 0)).toBe(true);
    expect(flags.some((f) => f.lookedAfter)).toBe(true);
    expect(flags.some((f) => f.excludedOrReducedTimetable)).toBe(true);
    const both = children.filter((c) => c.attrs.roles.includes('suspect'));
    expect(both.length).toBeGreaterThanOrEqual(1);
    expect(both.every((c) => c.attrs.roles.includes('victim'))).toBe(true);
  });

  it('has a cuckooed vulnerable adult living at a cuckooed address', () => {
    const occupant = nominals.find((n) => n.attrs.safeguarding?.cuckooedOccupant);
    expect(occupant).toBeDefined();
    expect(isChildOn(occupant!.attrs.dateOfBirth, DEMO_REFERENCE_DATE)).toBe(false);
    expect(occupant!.attrs.roles).toEqual(['victim']);
    const home = demo.links.find((l) => l.source === occupant!.id && l.kind === 'resides_at');
    const address = byId.get(home!.target);
    expect(address?.kind === 'location' && address.attrs.use).toBe('cuckooed');
    expect(demo.links.some((l) => l.kind === 'cuckooed' && l.target === address!.id)).toBe(true);
  });

  it("uses only Ofcom's drama numbers, and has branded deal lines", () => {
    const phones = demo.entities.filter((e): e is EntityOf<'phone'> => e.kind === 'phone');
    for (const phone of phones) expect(phone.attrs.number).toMatch(/^\+447700900\d{3}$/);
    const brands = new Set(phones.map((p) => p.attrs.dealLineBrand).filter(Boolean));
    expect(brands).toContain('Tony line');
    expect(brands).toContain('Blue line');
  });

  it('uses unallocated postcodes, unissued registrations and coordinates in England', () => {
    for (const e of demo.entities) {
      if (e.kind === 'location') {
        expect(e.attrs.postcode).toMatch(/^ZZ\d \d[A-Z]{2}$/);
        expect(e.attrs.lat).toBeGreaterThan(50);
        expect(e.attrs.lat).toBeLessThan(55.8);
        expect(e.attrs.lon).toBeGreaterThan(-5.7);
        expect(e.attrs.lon).toBeLessThan(1.8);
      }
      if (e.kind === 'vehicle') expect(e.attrs.registration).toMatch(/^Z[A-Z]\d\d [A-Z]{3}$/);
    }
  });

  it('uses every link kind the brief lists, with strengths 1 to 5', () => {
    const kinds = new Set(demo.links.map((l) => l.kind));
    const wanted = ['member_of', 'controls', 'runs_line', 'uses_phone', 'resides_at', 'cuckooed'];
    wanted.push('exploits', 'supplies', 'associate', 'family', 'co_offends', 'calls');
    wanted.push('uses_vehicle', 'owns');
    for (const kind of wanted) expect(kinds, kind).toContain(kind);
    for (const kind of kinds) expect(LINK_KIND_IDS).toContain(kind);
    expect(new Set(demo.links.map((l) => l.strength))).toEqual(new Set([1, 2, 3, 4, 5]));
  });

  it('grades with 3x5x2, some with conditions, a few legacy 5x5x5, and some weak', () => {
    const grades = demo.intel.map((i) => i.grade);
    const conditional = grades.filter((g) => g.scheme === '3x5x2' && g.handling === 'C');
    expect(conditional.length).toBeGreaterThanOrEqual(2);
    for (const g of conditional) expect(g.conditions?.trim()).toBeTruthy();
    const legacy = grades.filter((g) => g.scheme === '5x5x5').length;
    expect(legacy).toBeGreaterThanOrEqual(1);
    expect(legacy).toBeLessThan(grades.length / 4);
    expect(grades.some((g) => g.scheme === '3x5x2' && g.source === '3')).toBe(true);
    expect(demo.links.every((l) => l.grade !== undefined)).toBe(true);
  });

  it('dates links within the two-year period, leaving some undated', () => {
    const dated = demo.links.filter((l) => l.firstSeen && l.lastSeen);
    expect(dated.length).toBeGreaterThan(demo.links.length * 0.8);
    expect(dated.length).toBeLessThan(demo.links.length);
    for (const l of dated) {
      expect(l.firstSeen! >= DEMO_PERIOD.from && l.lastSeen! <= DEMO_PERIOD.to).toBe(true);
    }
    const months = new Set(
      dated.flatMap((l) => [l.firstSeen!.slice(0, 7), l.lastSeen!.slice(0, 7)]),
    );
    expect(months.size).toBeGreaterThan(15);
  });

  it('has overdue and future review dates, and marks the workspace at its highest record', () => {
    const reviews = [...demo.entities, ...demo.intel].map((r) => r.reviewDate!);
    expect(reviews.some((d) => d < DEMO_REFERENCE_DATE)).toBe(true);
    expect(reviews.some((d) => d > DEMO_REFERENCE_DATE)).toBe(true);
    const all = [...demo.entities, ...demo.links, ...demo.intel].map((r) => r.classification);
    expect(all).toContain('OFFICIAL-SENSITIVE');
    expect(demo.workspace.classification).toBe(highestClassification(all));
  });

  it('says plainly, everywhere, that it is fictional', () => {
    expect(demo.workspace.fictional).toBe(true);
    expect(demo.workspace.description).toContain(FICTIONAL_NOTICE);
    expect(demo.intel.length).toBeGreaterThanOrEqual(18);
    for (const item of demo.intel) expect(item.summary).toContain(FICTIONAL_NOTICE);
    expect(new Set(demo.intel.map((i) => i.reference)).size).toBe(demo.intel.length);
  });
});
