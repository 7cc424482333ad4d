import {
  buildDemoWorkspace,
  DEMO_TIMESTAMP,
  DEMO_WORKSPACE_ID_PLACEHOLDER,
} from '../../shared/demo';
import type { Entity } from '../../shared/model';
import type { LoadedWorkspace } from '../store/api';
import { emptyWorkspaceMaps } from '../store/loaded-workspace';
import { mapOf, person, sampleId } from './factories';

/** A label an attacker might plant in an import; the harness adds it on `?hostile=1`. */
export const HOSTILE_LABEL =
  '<img src=x onerror="window.__pwned=1">"><script>window.__pwned=2</script>';

/**
 * The bundled fictional demo as the in-memory workspace the store would hand the screen: the
 * map and its partnership records (plans, powers added, scores, orders, safeguarding records,
 * register entries, board meetings), so a harness screen shows what the app shows.
 */
export function demoLoaded(options: { hostile?: boolean } = {}): LoadedWorkspace {
  const demo = buildDemoWorkspace();
  const extra: Entity[] = options.hostile
    ? [{ ...person(sampleId('ent', 0xbad), HOSTILE_LABEL), notes: HOSTILE_LABEL }]
    : [];
  const p = demo.partnership;
  return {
    ...emptyWorkspaceMaps(),
    workspace: {
      id: DEMO_WORKSPACE_ID_PLACEHOLDER,
      createdAt: DEMO_TIMESTAMP,
      updatedAt: DEMO_TIMESTAMP,
      ...demo.workspace,
    },
    entities: mapOf([...demo.entities, ...extra]),
    links: mapOf(demo.links),
    intel: mapOf(demo.intel),
    ...(p
      ? {
          plans: mapOf(p.plans),
          tactics: mapOf(p.tactics),
          scores: mapOf(p.scores),
          orders: mapOf(p.orders),
          referrals: mapOf(p.referrals),
          registers: mapOf(p.registers),
          meetings: mapOf(p.meetings),
        }
      : {}),
    version: 1,
    views: new Map(),
  };
}
