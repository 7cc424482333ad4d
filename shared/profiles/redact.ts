import type { Entity, IntelItem, Link } from '../model';
import { classificationBlocks, gradeBlocks, type WithholdReason } from './handling';
import { receivesAnalystNotes, receivesSafeguardingDetails, type Recipient } from './recipient';
import { createTally, type RedactionRecord, type RedactionTally } from './redactionRecord';

export interface WorkspaceRecords {
  entities: readonly Entity[];
  links: readonly Link[];
  intelItems: readonly IntelItem[];
}

export interface RedactionResult {
  records: { entities: Entity[]; links: Link[]; intelItems: IntelItem[] };
  redaction: RedactionRecord;
}

/**
 * A record with provenance exists because of that intelligence; if every item it rests on is
 * withheld, showing the record would disclose what those items say. Ids that match no
 * disclosed item do not count as support.
 */
function unsupported(provenance: readonly string[], disclosedIntel: ReadonlySet<string>): boolean {
  return provenance.length > 0 && !provenance.some((id) => disclosedIntel.has(id));
}

function intelReason(item: IntelItem, r: Recipient): WithholdReason | null {
  return classificationBlocks(item.classification, r) ?? gradeBlocks(item.grade, r);
}

/** Strips the attribute groups this recipient may not see, counting each one stripped. */
function stripEntity(
  e: Entity,
  r: Recipient,
  keptIntel: ReadonlySet<string>,
  tally: RedactionTally,
): Entity {
  const out = { ...e, provenance: e.provenance.filter((id) => keptIntel.has(id)) } as Entity;
  if (out.kind === 'nominal' && out.attrs.safeguarding && !receivesSafeguardingDetails(r)) {
    out.attrs = { ...out.attrs, safeguarding: undefined };
    delete out.attrs.safeguarding;
    tally.add('safeguarding_details', 'agency_type');
  }
  if (out.notes.trim() && !receivesAnalystNotes(r)) {
    out.notes = '';
    tally.add('analyst_notes', 'agency_type');
  }
  return out;
}

/**
 * Decides, record by record, what `recipient` may receive: classification ceiling first, then
 * handling code and conditions, then support by disclosed intelligence; a link also goes when
 * either end goes. Each withheld record is counted once, under the first reason that applies.
 */
export function redactInto(
  records: WorkspaceRecords,
  recipient: Recipient,
  tally: RedactionTally,
): RedactionResult['records'] {
  const intelItems: IntelItem[] = [];
  for (const item of records.intelItems) {
    const reason = intelReason(item, recipient);
    if (reason) tally.add('intelligence', reason);
    else intelItems.push(item);
  }
  const keptIntel = new Set(intelItems.map((i) => i.id));

  const entities: Entity[] = [];
  for (const e of records.entities) {
    const reason =
      classificationBlocks(e.classification, recipient) ??
      (unsupported(e.provenance, keptIntel) ? 'unsupported' : null);
    if (reason) tally.add(e.kind, reason);
    else entities.push(stripEntity(e, recipient, keptIntel, tally));
  }
  const keptEntities = new Set(entities.map((e) => e.id));

  const links: Link[] = [];
  for (const l of records.links) {
    const reason =
      classificationBlocks(l.classification, recipient) ??
      gradeBlocks(l.grade, recipient) ??
      (unsupported(l.provenance, keptIntel) ? 'unsupported' : null) ??
      (keptEntities.has(l.source) && keptEntities.has(l.target) ? null : 'linked');
    if (reason) {
      tally.add('link', reason);
      continue;
    }
    const kept: Link = { ...l, provenance: l.provenance.filter((id) => keptIntel.has(id)) };
    if (kept.notes.trim() && !receivesAnalystNotes(recipient)) {
      kept.notes = '';
      tally.add('analyst_notes', 'agency_type');
    }
    links.push(kept);
  }
  return { entities, links, intelItems };
}

/** The records `recipient` may receive, and a redaction record that counts what was withheld. */
export function redactRecords(records: WorkspaceRecords, recipient: Recipient): RedactionResult {
  const tally = createTally();
  const filtered = redactInto(records, recipient, tally);
  return { records: filtered, redaction: tally.toRecord(recipient) };
}
