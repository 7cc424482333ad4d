import type { EntityKind } from '../../../shared/model';
import badgeChild from './badge-child.svg?url&no-inline';
import badgeVulnerable from './badge-vulnerable.svg?url&no-inline';
import cuckooed from './location-cuckooed.svg?url&no-inline';
import trapHouse from './location-trap.svg?url&no-inline';
import location from './location.svg?url&no-inline';
import nominal from './nominal.svg?url&no-inline';
import ocg from './ocg.svg?url&no-inline';
import organisation from './organisation.svg?url&no-inline';
import other from './other.svg?url&no-inline';
import phone from './phone.svg?url&no-inline';
import usg from './usg.svg?url&no-inline';
import vehicle from './vehicle.svg?url&no-inline';

// Served as files, never inlined as data: URLs, so a strict `img-src 'self'` policy still shows them.
export const ENTITY_ICONS: Record<EntityKind, string> = {
  nominal,
  ocg,
  usg,
  location,
  phone,
  vehicle,
  organisation,
  other,
};

/** Places whose use the chart must show at a glance: taken from a victim, or dealt from. */
export const PLACE_ICONS = { cuckooed, trap_house: trapHouse } as const;
export type MarkedPlace = keyof typeof PLACE_ICONS;

/** Safeguarding badges: round for a child, a shield for a vulnerable adult. */
export const BADGE_ICONS = { child: badgeChild, vulnerable: badgeVulnerable } as const;
