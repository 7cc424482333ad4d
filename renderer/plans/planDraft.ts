/** Pure helpers behind the plan screen: building actions, reading errors, choosing targets. */
import type { ZodError } from 'zod';
import { newId, type Entity } from '../../shared/model';
import {
  availableTactics,
  defaultLead,
  type AgencyKind,
  planActionSchema,
  type DisruptionPlan,
  type Pillar,
  type PlanAction,
  type Tactic,
} from '../../shared/plans';

/** Kinds a plan can be about: a group usually, or one person or place. */
export const PLAN_SUBJECT_KINDS: readonly Entity['kind'][] = ['ocg', 'usg', 'nominal', 'location'];

export function planSubjects(entities: Iterable<Entity>): Entity[] {
  return [...entities]
    .filter((e) => PLAN_SUBJECT_KINDS.includes(e.kind))
    .sort(
      (a, b) =>
        PLAN_SUBJECT_KINDS.indexOf(a.kind) - PLAN_SUBJECT_KINDS.indexOf(b.kind) ||
        a.label.localeCompare(b.label),
    );
}

/** Tactics that serve `pillar`, catalogue first, then the workspace's and the plan's own. */
export function tacticsFor(pillar: Pillar, custom: readonly Tactic[]): Tactic[] {
  const seen = new Set<string>();
  return availableTactics(custom).filter((t) => {
    if (!t.pillars.includes(pillar) || seen.has(t.id)) return false;
    seen.add(t.id);
    return true;
  });
}

export interface ActionInput {
  pillar: Pillar;
  tacticId: string;
  leadAgencyKind: AgencyKind;
  leadAgency: string;
  targetIds: string[];
  owner: string;
  dueDate: string;
  status: PlanAction['status'];
  outcome: string;
  doneOn: string;
  arrests: string;
  charges: string;
}

export function blankAction(pillar: Pillar, custom: readonly Tactic[]): ActionInput {
  const tactic = tacticsFor(pillar, custom)[0];
  const lead = defaultLead(tactic);
  return {
    pillar,
    tacticId: tactic?.id ?? '',
    leadAgencyKind: lead.kind,
    leadAgency: tactic ? lead.name : '',
    targetIds: [],
    owner: '',
    dueDate: '',
    status: 'planned',
    outcome: '',
    doneOn: '',
    arrests: '',
    charges: '',
  };
}

/** The form's fields for an action already recorded (numbers and dates as text). */
export function actionToInput(a: PlanAction, custom: readonly Tactic[]): ActionInput {
  const tactic = availableTactics(custom).find((t) => t.id === a.tacticId);
  return {
    ...a,
    leadAgencyKind: a.leadAgencyKind ?? defaultLead(tactic).kind,
    doneOn: a.doneOn ?? '',
    arrests: a.arrests === undefined ? '' : String(a.arrests),
    charges: a.charges === undefined ? '' : String(a.charges),
  };
}

/** The first problem as one sentence, for a form's alert. */
export function firstProblem(error: ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'Check the form.';
  if (issue.path[0] === 'dueDate') return 'Give the action a due date.';
  if (issue.path[0] === 'doneOn') return 'Write the date it was done as a real date.';
  if (issue.path[0] === 'arrests' || issue.path[0] === 'charges')
    return 'Arrests and charges are whole numbers.';
  return issue.message;
}

/** Validates the form into a plan action (with a fresh id unless editing one). */
export function toAction(
  input: ActionInput,
  id: string = newId('act'),
): { ok: true; action: PlanAction } | { ok: false; message: string } {
  const count = (v: string | undefined) => (!v?.trim() ? undefined : Number(v));
  const parsed = planActionSchema.safeParse({
    ...input,
    id,
    doneOn: input.doneOn || undefined,
    arrests: count(input.arrests),
    charges: count(input.charges),
  });
  return parsed.success
    ? { ok: true, action: parsed.data }
    : { ok: false, message: firstProblem(parsed.error) };
}

/** Everyone the plan's open and finished Pursue actions target, once each: the what-if set. */
export function pursueTargets(plan: DisruptionPlan, known: ReadonlySet<string>): string[] {
  const ids = new Set<string>();
  for (const a of plan.actions) {
    if (a.pillar !== 'pursue' || a.status === 'dropped') continue;
    for (const t of a.targetIds) if (known.has(t)) ids.add(t);
  }
  return [...ids];
}

/** Replaces one action by id, or appends it when new. */
export function upsertAction(actions: readonly PlanAction[], action: PlanAction): PlanAction[] {
  const at = actions.findIndex((a) => a.id === action.id);
  if (at < 0) return [...actions, action];
  return actions.map((a, i) => (i === at ? action : a));
}
