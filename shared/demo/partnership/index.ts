import type { DisruptionPlan } from '../../plans';
import { DEMO_TIMESTAMP, DEMO_WORKSPACE_ID_PLACEHOLDER } from '../constants';
import { DEMO_MEETINGS, DEMO_SCORES, DEMO_TACTICS } from './meetings';
import { DEMO_ORDERS } from './orders';
import { DEMO_PLANS } from './plans';
import { DEMO_REFERRALS } from './referrals';
import { DEMO_REGISTER_ENTRIES } from './registers';

const envelope = {
  workspaceId: DEMO_WORKSPACE_ID_PLACEHOLDER,
  createdAt: DEMO_TIMESTAMP,
  updatedAt: DEMO_TIMESTAMP,
};
const wrap = <T extends { id: string }>(items: readonly T[]) =>
  items.map((x) => ({ ...envelope, ...x }));

/** The demo's partnership records, in the envelope the store keeps them in. */
export function buildDemoPartnership() {
  return {
    plans: DEMO_PLANS as DisruptionPlan[],
    tactics: wrap(DEMO_TACTICS),
    scores: wrap(DEMO_SCORES),
    orders: wrap(DEMO_ORDERS),
    referrals: wrap(DEMO_REFERRALS),
    registers: wrap(DEMO_REGISTER_ENTRIES),
    meetings: wrap(DEMO_MEETINGS),
  };
}
export type DemoPartnership = ReturnType<typeof buildDemoPartnership>;
