import { TACTIC_CATALOGUE } from './catalogue';
import { leadAgencyProblem, leadKindOf } from './leadAgency';
import { tacticSchema, type DisruptionPlan, type Tactic } from './schema';

/** Built-in tactics first, then the plan's own; a custom tactic may not reuse a built-in id. */
export function availableTactics(customTactics: readonly Tactic[] = []): Tactic[] {
  return [...TACTIC_CATALOGUE, ...customTactics];
}

export function findTactic(id: string, customTactics: readonly Tactic[] = []): Tactic | undefined {
  return availableTactics(customTactics).find((t) => t.id === id);
}

/** Validates a user-added tactic against the schema and the ids already taken. */
export function addCustomTactic(existing: readonly Tactic[], input: unknown): Tactic[] {
  const tactic = tacticSchema.parse(input);
  if (availableTactics(existing).some((t) => t.id === tactic.id)) {
    throw new Error(`A tactic called "${tactic.id}" already exists; choose another short name.`);
  }
  return [...existing, tactic];
}

/** Problems a plan has beyond its schema: unknown tactics, wrong lead agencies, targets gone. */
export function planProblems(plan: DisruptionPlan, knownEntityIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  plan.actions.forEach((action, i) => {
    const n = i + 1;
    if (!findTactic(action.tacticId, plan.customTactics)) {
      problems.push(`Action ${n} uses a tactic that is not in the catalogue: add it first.`);
    }
    const tactic = findTactic(action.tacticId, plan.customTactics);
    const lead = leadAgencyProblem(leadKindOf(action, tactic), tactic);
    if (lead) problems.push(`Action ${n}: ${lead}`);
    const missing = action.targetIds.filter((id) => !knownEntityIds.has(id)).length;
    if (missing > 0) {
      problems.push(`Action ${n} targets ${missing} record(s) that are no longer on the map.`);
    }
  });
  for (const id of plan.subjectIds) {
    if (!knownEntityIds.has(id))
      problems.push('The plan names a subject that is no longer on the map.');
  }
  return problems;
}
