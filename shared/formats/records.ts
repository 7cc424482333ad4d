import {
  type EntityKind,
  entitySchema,
  intelItemSchema,
  linkSchema,
  type Entity,
  type Id,
  type IntelItem,
  type Link,
} from '../model';
import { fail, issue, ok, type FormatIssue, type FormatResult } from './result';
import type { ImportWarning } from './warnings';

/** What an import produces and an export consumes; the store applies it in one transaction. */
export interface WorkspaceRecords {
  entities: Entity[];
  links: Link[];
  intel: IntelItem[];
}

/** A scalar attribute value as graph formats carry it. */
export type Scalar = string | number | boolean;

/** An entity type a chart uses, the kind it was given, and why: for the type-mapping step. */
export interface TypeUse {
  type: string;
  /** The icon (i2 IconFile) or representation that suggested the kind. */
  icon?: string;
  count: number;
  kind: EntityKind;
  /** How the kind was chosen: the analyst's mapping, a known type name, or the icon family. */
  by: 'mapping' | 'name' | 'icon' | 'fallback';
}

/**
 * Records plus what travels beside them: the id each node had in its source file (CSV ids such
 * as "alice" are not valid record ids), extra per-node and per-link values to write out
 * (computed measures), what the reader dropped or changed (`warnings`), and the entity types a
 * chart used (`types`). Attributes read from a file are on the records themselves, in `imported`.
 */
export interface GraphDocument {
  records: WorkspaceRecords;
  sourceIds: Map<Id, string>;
  nodeData: Map<Id, Record<string, Scalar>>;
  linkData: Map<Id, Record<string, Scalar>>;
  warnings: ImportWarning[];
  types: TypeUse[];
}

export function graphDocument(
  records: WorkspaceRecords,
  extras: Partial<Omit<GraphDocument, 'records'>> = {},
): GraphDocument {
  return {
    records,
    sourceIds: extras.sourceIds ?? new Map(),
    nodeData: extras.nodeData ?? new Map(),
    linkData: extras.linkData ?? new Map(),
    warnings: extras.warnings ?? [],
    types: extras.types ?? [],
  };
}

/** Where imported records go, and how new ids and times are made (fixed in tests). */
export interface ImportContext {
  workspaceId: Id;
  /** ISO instant used for createdAt/updatedAt when the file has none. */
  now?: string;
  newId?: (prefix: string) => Id;
}

export interface ResolvedContext {
  workspaceId: Id;
  now: string;
  newId: (prefix: string) => Id;
}

/**
 * Mints random ids in the model's format, drawing random bytes in blocks: one getRandomValues
 * call per id was the largest single cost of importing a 100k-edge file.
 */
function blockIdMinter(): (prefix: string) => Id {
  const ID_BYTES = 10;
  const pool = new Uint8Array(ID_BYTES * 1024);
  let at = pool.length;
  return (prefix) => {
    if (at + ID_BYTES > pool.length) {
      globalThis.crypto.getRandomValues(pool);
      at = 0;
    }
    let hex = '';
    for (let i = at; i < at + ID_BYTES; i++) hex += (pool[i] ?? 0).toString(16).padStart(2, '0');
    at += ID_BYTES;
    return `${prefix}_${hex}`;
  };
}

export function resolveContext(ctx: ImportContext): ResolvedContext {
  return {
    workspaceId: ctx.workspaceId,
    now: ctx.now ?? new Date().toISOString(),
    newId: ctx.newId ?? blockIdMinter(),
  };
}

/** A record before validation, with the words that locate it in the source file. */
export interface Candidate {
  where: string;
  value: unknown;
}

function zodIssues(
  where: string,
  error: { issues: { path: PropertyKey[]; message: string }[] },
): FormatIssue[] {
  return error.issues.map((i) =>
    issue(where, i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message),
  );
}

/** Candidates of each table, as a reader or a mapping produced them. */
export interface Candidates {
  entities: Candidate[];
  links: Candidate[];
  intel: Candidate[];
}

/**
 * Validates every candidate against the shared model and checks that links join entities that
 * exist (in the file, or already in the workspace when the caller says so). Either every record is valid and the records are returned, or nothing is.
 */
export function validateRecords(
  candidates: Candidates,
  existingEntityIds: ReadonlySet<string> = new Set(),
): FormatResult<WorkspaceRecords> {
  return drain(validating(candidates, existingEntityIds));
}

/** Runs a stepwise job to its end at once. */
export function drain<T>(job: Generator<void, T>): T {
  for (;;) {
    const step = job.next();
    if (step.done) return step.value;
  }
}

/** How many records are checked between two pauses of a stepwise validation. */
export const VALIDATION_SLICE = 2000;

/**
 * validateRecords, one slice of records at a time: it pauses (yields) after each
 * VALIDATION_SLICE records, so a page can paint and take input between slices of a large import.
 */
export function* validating(
  candidates: Candidates,
  existingEntityIds: ReadonlySet<string> = new Set(),
): Generator<void, FormatResult<WorkspaceRecords>> {
  let sincePause = 0;
  const errors: FormatIssue[] = [];
  const out: WorkspaceRecords = { entities: [], links: [], intel: [] };
  const seen = new Set<string>();
  const checkId = (where: string, id: unknown) => {
    if (typeof id !== 'string') return;
    if (seen.has(id)) errors.push(issue(where, `The id ${id} is used twice.`));
    seen.add(id);
  };
  for (const c of candidates.intel) {
    if (++sincePause === VALIDATION_SLICE) {
      sincePause = 0;
      yield;
    }
    const r = intelItemSchema.safeParse(c.value);
    if (r.success) {
      checkId(c.where, r.data.id);
      out.intel.push(r.data);
    } else errors.push(...zodIssues(c.where, r.error));
  }
  // Links to an entity that failed its own check are not reported again: that error says it all.
  const entityIds = new Set(existingEntityIds);
  for (const c of candidates.entities) {
    if (++sincePause === VALIDATION_SLICE) {
      sincePause = 0;
      yield;
    }
    const r = entitySchema.safeParse(c.value);
    const id = (c.value as { id?: unknown } | null)?.id;
    if (typeof id === 'string') entityIds.add(id);
    if (r.success) {
      checkId(c.where, r.data.id);
      out.entities.push(r.data);
    } else errors.push(...zodIssues(c.where, r.error));
  }
  for (const c of candidates.links) {
    if (++sincePause === VALIDATION_SLICE) {
      sincePause = 0;
      yield;
    }
    const r = linkSchema.safeParse(c.value);
    if (!r.success) {
      errors.push(...zodIssues(c.where, r.error));
      continue;
    }
    checkId(c.where, r.data.id);
    for (const end of [r.data.source, r.data.target]) {
      if (!entityIds.has(end))
        errors.push(issue(c.where, `The link points to ${end}, which is not in the file.`));
    }
    out.links.push(r.data);
  }
  return errors.length ? fail(errors) : ok(out);
}
