import type { Entity, IntelItem, Link } from '../model';
import { classificationBlocks, gradeBlocks, type WithholdReason } from './handling';
import {
  receivesAnalystNotes,
  receivesSafeguardingDetails,
  recipientClassOf,
  type Recipient,
} from './recipient';
import { createTally, type RedactionRecord, type RedactionTally } from './redactionRecord';
import {
  redactOrders,
  redactSafeguarding,
  type StoredOrder,
  type StoredSafeguarding,
} from './redactCasework';
import {
  effectivePolicy,
  fieldAllowed,
  kindRule,
  type EffectivePolicy,
  type OverridableRule,
} from './rules';

export interface WorkspaceRecords {
  entities: readonly Entity[];
  links: readonly Link[];
  intelItems: readonly IntelItem[];
  /** The partnership's casework, filtered by the same rules (rules.ts, recordRules.ts). */
  orders?: readonly StoredOrder[];
  safeguardingRecords?: readonly StoredSafeguarding[];
}

export interface RedactionResult {
  records: {
    entities: Entity[];
    links: Link[];
    intelItems: IntelItem[];
    orders: StoredOrder[];
    safeguardingRecords: StoredSafeguarding[];
  };
  redaction: RedactionRecord;
}

/** Which records a profile is about: withheld items outside it are neither shown nor counted. */
export interface ProfileScope {
  entityIds: ReadonlySet<string>;
  linkIds: ReadonlySet<string>;
  intelIds: ReadonlySet<string>;
  /** Orders and safeguarding records about the people, places and lines in reach. */
  recordIds?: ReadonlySet<string>;
}

export interface RedactOptions {
  overrides?: ReadonlySet<OverridableRule>;
  /** Without a scope every withheld record is counted (a whole-workspace redaction). */
  scope?: ProfileScope;
  /** The day of the profile: the age of the people an order binds is judged on it. */
  date?: string;
}

/** Placeholder for a report reference withheld from a partner: references can identify sources. */
export const REFERENCE_WITHHELD = 'Reference withheld';

/**
 * A record with provenance exists because of that intelligence; if every item it rests on is
 * withheld, showing the record would disclose what those items say. Ids that match no
 * disclosed item do not count as support.
 */
function unsupported(provenance: readonly string[], disclosedIntel: ReadonlySet<string>): boolean {
  return provenance.length > 0 && !provenance.some((id) => disclosedIntel.has(id));
}

function notesAllowed(r: Recipient, policy: EffectivePolicy): boolean {
  return policy.police ? receivesAnalystNotes(r) : policy.analystNotes;
}

function isBlank(v: unknown): boolean {
  return v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

/** Strips the fields this recipient may not see, counting each kind of strip once per record. */
function stripEntity(
  e: Entity,
  r: Recipient,
  policy: EffectivePolicy,
  keptIntel: ReadonlySet<string>,
  count: (kind: Parameters<RedactionTally['add']>[0]) => void,
): Entity {
  const out = { ...e, provenance: e.provenance.filter((id) => keptIntel.has(id)) } as Entity;
  const rule = kindRule(e.kind, policy.recipientClass);
  const attrs: Record<string, unknown> = { ...e.attrs };
  let stripped = false;
  for (const [field, value] of Object.entries(e.attrs)) {
    if (field === 'safeguarding') {
      const allowed = fieldAllowed(rule, field) && receivesSafeguardingDetails(r);
      if (!allowed && value !== undefined) {
        delete attrs.safeguarding;
        count('safeguarding_details');
      }
    } else if (!fieldAllowed(rule, field) && !isBlank(value)) {
      if (Array.isArray(value)) attrs[field] = [];
      else if (field === 'forenames' || field === 'surname' || field === 'address')
        attrs[field] = '';
      else delete attrs[field];
      stripped = true;
    }
  }
  if (stripped) count('record_details');
  out.attrs = attrs as Entity['attrs'];
  if (out.notes.trim() && !notesAllowed(r, policy)) {
    out.notes = '';
    count('analyst_notes');
  }
  return out;
}

/**
 * Decides, record by record, what `recipient` may receive under the rules table (rules.ts):
 * classification ceiling first, then the record kind, grade (E, ungraded, handling code and
 * conditions), then support by disclosed intelligence; a link also goes when either end goes.
 * Orders and safeguarding records follow (redactCasework.ts): their row's cell, then every
 * record they name. Each withheld record inside the scope is counted once, under the first
 * reason that applies.
 */
export function redactInto(
  records: WorkspaceRecords,
  recipient: Recipient,
  tally: RedactionTally,
  options: RedactOptions = {},
): RedactionResult['records'] {
  const policy = effectivePolicy(recipientClassOf(recipient), options.overrides);
  const scope = options.scope;
  const inScope = (set: 'entityIds' | 'linkIds' | 'intelIds', id: string) =>
    !scope || scope[set].has(id);
  const kinds = (k: 'intelligence' | 'link' | Entity['kind']) => kindRule(k, policy.recipientClass);

  // Intelligence a record may rest on (cleared by classification and grade) is kept apart from
  // what is shown: a class that gets no summaries still gets the records they support.
  const intelItems: IntelItem[] = [];
  const support = new Set<string>();
  for (const item of records.intelItems) {
    const graded: WithholdReason | null =
      classificationBlocks(item.classification, recipient) ??
      gradeBlocks(item.grade, recipient, policy);
    const reason = graded ?? (kinds('intelligence') === false ? 'agency_type' : null);
    const counted = inScope('intelIds', item.id);
    if (!graded) support.add(item.id);
    if (reason) {
      if (counted) tally.add('intelligence', reason);
    } else if (!policy.sourceReferences) {
      intelItems.push({ ...item, reference: REFERENCE_WITHHELD });
      if (counted) tally.add('source_references', 'agency_type');
    } else intelItems.push(item);
  }
  const keptIntel = new Set(intelItems.map((i) => i.id));

  const entities: Entity[] = [];
  for (const e of records.entities) {
    const reason: WithholdReason | null =
      classificationBlocks(e.classification, recipient) ??
      (kinds(e.kind) === false ? 'agency_type' : null) ??
      (unsupported(e.provenance, support) ? 'unsupported' : null);
    const counted = inScope('entityIds', e.id);
    if (reason) {
      if (counted) tally.add(e.kind, reason);
    } else
      entities.push(
        stripEntity(e, recipient, policy, keptIntel, (k) => counted && tally.add(k, 'agency_type')),
      );
  }
  const keptEntities = new Set(entities.map((e) => e.id));

  const links: Link[] = [];
  for (const l of records.links) {
    const ungraded = !l.grade && l.provenance.length === 0;
    const reason: WithholdReason | null =
      classificationBlocks(l.classification, recipient) ??
      (kinds('link') === false ? 'agency_type' : null) ??
      (ungraded && !policy.ungraded ? 'ungraded' : null) ??
      gradeBlocks(l.grade, recipient, policy) ??
      (unsupported(l.provenance, support) ? 'unsupported' : null) ??
      (keptEntities.has(l.source) && keptEntities.has(l.target) ? null : 'linked');
    const counted = inScope('linkIds', l.id);
    if (reason) {
      if (counted) tally.add('link', reason);
      continue;
    }
    const kept: Link = { ...l, provenance: l.provenance.filter((id) => keptIntel.has(id)) };
    if (kept.notes.trim() && !notesAllowed(recipient, policy)) {
      kept.notes = '';
      if (counted) tally.add('analyst_notes', 'agency_type');
    }
    links.push(kept);
  }
  const casework = {
    policy,
    allEntities: new Map(records.entities.map((e) => [e.id, e])),
    keptEntities,
    keptIntel,
    notesAllowed: notesAllowed(recipient, policy),
    safeguardingDetails: receivesSafeguardingDetails(recipient),
    date: options.date,
    counted: (id: string) => !scope || (scope.recordIds?.has(id) ?? false),
    tally,
  };
  return {
    entities,
    links,
    intelItems,
    orders: redactOrders(records.orders ?? [], casework),
    safeguardingRecords: redactSafeguarding(records.safeguardingRecords ?? [], casework),
  };
}

/** The records `recipient` may receive, and a redaction record that counts what was withheld. */
export function redactRecords(
  records: WorkspaceRecords,
  recipient: Recipient,
  options: RedactOptions = {},
): RedactionResult {
  const tally = createTally();
  const filtered = redactInto(records, recipient, tally, options);
  return { records: filtered, redaction: tally.toRecord(recipient) };
}
