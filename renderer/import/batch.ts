import {
  highestClassification,
  type Classification,
  type Grade,
  type IntelItem,
  type Workspace,
} from '../../shared/model';
import type { WorkspaceRecords } from '../../shared/formats';

/** What the analyst says about a whole import: review date, the intelligence it rests on, its grade. */
export interface BatchDetails {
  reviewDate: string;
  provenance: 'none' | 'existing' | 'new';
  intelId: string;
  reference: string;
  date: string;
  summary: string;
  source: '' | '1' | '2' | '3';
  intelligence: '' | 'A' | 'B' | 'C' | 'D' | 'E';
  handling: '' | 'P' | 'C';
  conditions: string;
}

export function defaultBatch(fileName: string, today: string): BatchDetails {
  return {
    reviewDate: '',
    provenance: 'new',
    intelId: '',
    reference: fileName.slice(0, 100),
    date: today,
    summary: `Imported from ${fileName}.`,
    source: '',
    intelligence: '',
    handling: '',
    conditions: '',
  };
}

/** The batch's 3x5x2 grade, undefined when not given, or a sentence saying what is missing. */
export function batchGrade(b: BatchDetails): Grade | undefined | string {
  const given = [b.source, b.intelligence, b.handling].filter(Boolean).length;
  if (given === 0) return undefined;
  if (given < 3 || !b.source || !b.intelligence || !b.handling)
    return 'Give all three parts of the grade (source, intelligence, handling), or none.';
  if (b.handling === 'C' && !b.conditions.trim())
    return 'Handling code C needs its conditions written down.';
  return {
    scheme: '3x5x2',
    source: b.source,
    intelligence: b.intelligence,
    handling: b.handling,
    ...(b.handling === 'C' ? { conditions: b.conditions.trim() } : {}),
  };
}

const dedupe = (ids: readonly string[]) => [...new Set(ids)].slice(0, 1000);

/**
 * Gives every imported record the workspace's classification (never lowering a higher marking the
 * file gave), the batch's review date where a record has none, the batch's grade on links that
 * have none, and the batch's intelligence item (an existing one, or a new one made here) as
 * provenance. Returns the records, or a sentence saying what the form still needs.
 */
export function applyBatch(
  records: WorkspaceRecords,
  batch: BatchDetails,
  workspace: Workspace,
  stamp: { now: string; newId: (prefix: string) => string },
): { ok: true; value: WorkspaceRecords } | { ok: false; message: string } {
  const grade = batchGrade(batch);
  if (typeof grade === 'string') return { ok: false, message: grade };
  const marking = (c: Classification) => highestClassification([c, workspace.classification]);
  const intel: IntelItem[] = records.intel.map((i) => ({
    ...i,
    classification: marking(i.classification),
  }));
  let cite: string | undefined;
  if (batch.provenance === 'existing') {
    if (!batch.intelId)
      return { ok: false, message: 'Choose the intelligence item the import rests on.' };
    cite = batch.intelId;
  } else if (batch.provenance === 'new') {
    if (!batch.reference.trim())
      return { ok: false, message: 'Give the new intelligence item a reference.' };
    if (!/^\d{4}-\d{2}-\d{2}$/.test(batch.date))
      return { ok: false, message: 'Give the new intelligence item its date.' };
    if (!grade) return { ok: false, message: 'A new intelligence item needs its 3x5x2 grade.' };
    const item: IntelItem = {
      id: stamp.newId('int'),
      workspaceId: workspace.id,
      reference: batch.reference.trim().slice(0, 100),
      date: batch.date,
      grade,
      summary: batch.summary.slice(0, 20000),
      classification: workspace.classification,
      ...(batch.reviewDate ? { reviewDate: batch.reviewDate } : {}),
      createdAt: stamp.now,
      updatedAt: stamp.now,
    };
    intel.push(item);
    cite = item.id;
  }
  const provenance = (ids: readonly string[]) => (cite ? dedupe([...ids, cite]) : [...ids]);
  return {
    ok: true,
    value: {
      intel,
      entities: records.entities.map((e) => ({
        ...e,
        classification: marking(e.classification),
        provenance: provenance(e.provenance),
        ...(batch.reviewDate && !e.reviewDate ? { reviewDate: batch.reviewDate } : {}),
      })),
      links: records.links.map((l) => ({
        ...l,
        classification: marking(l.classification),
        provenance: provenance(l.provenance),
        ...(grade && !l.grade ? { grade } : {}),
      })),
    },
  };
}
