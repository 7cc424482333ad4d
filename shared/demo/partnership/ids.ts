import { entityId } from '../buildEntities';
import { intelId } from '../buildIntel';
import { stableId } from '../deterministic';

/** Ids of the demo's partnership records, derived from stable keys like the map's own. */
export const ent = entityId;
export const intel = intelId;
export const rec = (prefix: string, key: string) => stableId(prefix, `demo:${prefix}:${key}`);
