/** The four pillars of the national serious and organised crime strategy. */
export const PILLARS = {
  pursue: { label: 'Pursue', meaning: 'Prosecute and disrupt the people involved' },
  prevent: { label: 'Prevent', meaning: 'Stop people being drawn into the activity' },
  protect: { label: 'Protect', meaning: 'Harden targets and safeguard those at risk' },
  prepare: { label: 'Prepare', meaning: 'Reduce the impact where the activity takes place' },
} as const;
export type Pillar = keyof typeof PILLARS;
export const PILLAR_IDS = Object.keys(PILLARS) as [Pillar, ...Pillar[]];

export const ACTION_STATUSES = {
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
} as const;
export type ActionStatus = keyof typeof ACTION_STATUSES;
export const ACTION_STATUS_IDS = Object.keys(ACTION_STATUSES) as [ActionStatus, ...ActionStatus[]];

/** Actions still expected to happen; only these can be overdue. */
export function isOpenStatus(status: ActionStatus): boolean {
  return status === 'planned' || status === 'in_progress';
}

/** The kinds of agency that usually lead a tactic; the plan names the actual agency. */
export const AGENCY_KINDS = {
  police: 'Police',
  prosecutor: 'Crown Prosecution Service',
  council_community_safety: 'Council community safety / ASB team',
  council_licensing: 'Licensing authority',
  trading_standards: 'Trading Standards',
  council_enforcement: 'Council enforcement (planning, environmental health, private housing)',
  housing: 'Housing provider or landlord',
  childrens_services: "Children's social care",
  adult_social_care: 'Adult social care',
  education: 'Education (school or local authority)',
  health: 'Health',
  youth_justice: 'Youth justice service',
  probation: 'Probation',
  dwp: 'Department for Work and Pensions',
  hmrc: 'HM Revenue and Customs',
  immigration: 'Immigration Enforcement',
  fire: 'Fire and rescue service',
  dvla: 'Driver and Vehicle Licensing Agency (DVLA)',
  voluntary_sector: 'Voluntary or community sector',
  other: 'Other agency',
} as const;
export type AgencyKind = keyof typeof AGENCY_KINDS;
export const AGENCY_KIND_IDS = Object.keys(AGENCY_KINDS) as [AgencyKind, ...AgencyKind[]];

/** Agencies that are part of a council: a power only they hold is never led by the police. */
export const COUNCIL_AGENCY_KINDS: readonly AgencyKind[] = [
  'council_community_safety',
  'council_licensing',
  'trading_standards',
  'council_enforcement',
];
