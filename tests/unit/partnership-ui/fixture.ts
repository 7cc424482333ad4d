import { DEMO_REFERENCE_DATE } from '../../../shared/demo';
import type { DisruptionPlan } from '../../../shared/plans';
import { demoLoaded } from '../../../renderer/dev/demoLoaded';
import type { LoadedWorkspace } from '../../../renderer/store';

export const TODAY = DEMO_REFERENCE_DATE;
export const STAMP = '2026-10-01T09:00:00.000Z';

/** The demo, plus the partnership maps the store hands the screens. */
export function demoWith(extra: Record<string, unknown> = {}): LoadedWorkspace {
  return { ...demoLoaded(), ...extra } as LoadedWorkspace;
}

export function entityByLabel(loaded: LoadedWorkspace, label: string) {
  const found = [...loaded.entities.values()].find((e) => e.label === label);
  if (!found) throw new Error(`No "${label}" in the demo`);
  return found;
}

export function plan(workspaceId: string, patch: Partial<DisruptionPlan> = {}): DisruptionPlan {
  return {
    id: 'pln_00000000000000000001',
    workspaceId,
    subjectIds: [],
    lro: 'DI Hale',
    aims: [],
    actions: [],
    customTactics: [],
    createdAt: STAMP,
    updatedAt: STAMP,
    ...patch,
  };
}
