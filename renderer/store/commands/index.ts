/** The edits other parts of the app may run through `session.history.execute`. */
export { createWorkspace } from './create-workspace';
export { renameWorkspace } from './rename-workspace';
export { deleteWorkspace } from './delete-workspace';
export { createWorkspaceWithRecords } from './create-workspace-with-records';
export { importRecords } from './import-records';
export { createEntity } from './create-entity';
export { updateEntity, type EntityPatch } from './update-entity';
export { deleteEntities } from './delete-entities';
export { createLink } from './create-link';
export { updateLink, type LinkPatch } from './update-link';
export { deleteLinks } from './delete-links';
export { reverseLink } from './reverse-link';
export { createIntelItem } from './create-intel-item';
export { updateIntelItem, type IntelItemPatch } from './update-intel-item';
export { deleteIntelItems } from './delete-intel-items';
export { setProvenance } from './attach-intel';
export { createView } from './create-view';
export { updateView, type SavedViewPatch } from './update-view';
export { deleteView } from './delete-view';
export type { IncomingRecords } from './incoming-records';
export {
  createPlan,
  updatePlan,
  deletePlan,
  signOffPlanCommand,
  type NewPlan,
  type PlanPatch,
} from './plan-commands';
export {
  createOrder,
  transitionOrderCommand,
  extendOrderCommand,
  markOrderStepCommand,
  markOrderStepNotApplicableCommand,
  updateOrderDetailsCommand,
  deleteOrder,
} from './order-commands';
export {
  createSafeguardingRecord,
  updateSafeguardingRecord,
  deleteSafeguardingRecord,
} from './referral-commands';
export { saveRegisterEntry } from './register-commands';
export {
  createMeeting,
  updateMeeting,
  deleteMeeting,
  recordBoardPackExport,
} from './meeting-commands';
export { addTactic, deleteTactic } from './tactic-commands';
export { recordOcgScore, setScoringMatrix } from './score-commands';
export {
  createProfileDraft,
  updateProfileDraft,
  deleteProfileDraft,
  recordProfileExport,
} from './profile-commands';
export { recordReviewDecision, recordReviewDecisions } from './review-commands';
export { mergeEntities, unmergeEntities } from './merge-commands';
export { batchCommand } from './batch';
export { placeEntities, type PlaceOptions } from './place-entities';
export { markNotDuplicate } from './not-duplicate-commands';
