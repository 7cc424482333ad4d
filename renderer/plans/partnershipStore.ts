/**
 * The partnership screens' one door to the store's partnership commands (plans, tactics, scores,
 * profile drafts, review decisions). They are looked up by name so that a build whose store lacks
 * one fails with a sentence the analyst can act on, at the moment of saving, not at start-up.
 */
import * as storeCommands from '../store/commands';
import type { Command } from '../store';

type Made = Command & { id?: string };

export interface PartnershipCommands {
  createPlan(workspaceId: string, draft: unknown): Made;
  updatePlan(id: string, patch: unknown): Command;
  deletePlan(id: string): Command;
  addTactic(workspaceId: string, tactic: unknown): Made;
  deleteTactic(id: string): Command;
  recordOcgScore(workspaceId: string, score: unknown): Made;
  setScoringMatrix(workspaceId: string, matrix: unknown): Command;
  createProfileDraft(workspaceId: string, draft: unknown): Made;
  updateProfileDraft(id: string, patch: unknown): Command;
  deleteProfileDraft(id: string): Command;
  recordProfileExport(id: string, entry: unknown): Command;
  recordReviewDecision(workspaceId: string, decision: unknown): Made;
}
export type PartnershipCommandName = keyof PartnershipCommands;

const available = storeCommands as unknown as Partial<PartnershipCommands>;

/** The named store command, or an error saying that this build cannot save that kind of record. */
export function partnershipCommand<K extends PartnershipCommandName>(
  name: K,
): PartnershipCommands[K] {
  const command = available[name];
  if (typeof command !== 'function') {
    throw new Error(
      `This build of Linchpin cannot save this yet (the store has no "${name}" command). Nothing was changed; tell your system administrator.`,
    );
  }
  return command as PartnershipCommands[K];
}
