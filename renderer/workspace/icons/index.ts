import type { EntityKind } from '../../../shared/model';
import location from './location.svg?url&no-inline';
import nominal from './nominal.svg?url&no-inline';
import ocg from './ocg.svg?url&no-inline';
import organisation from './organisation.svg?url&no-inline';
import other from './other.svg?url&no-inline';
import phone from './phone.svg?url&no-inline';
import safeguarding from './safeguarding.svg?url&no-inline';
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

export const SAFEGUARDING_ICON = safeguarding;
