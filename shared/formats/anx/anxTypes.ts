import type { EntityKind } from '../../model';
import type { TypeUse } from '../records';

/** The analyst's choice for an i2 entity type: a kind, or leave items of that type out. */
export type TypeChoice = EntityKind | 'skip';
export type TypeMap = Readonly<Record<string, TypeChoice>>;

/** i2 type names seen in charts from other sources, lower case, and the kind each is. */
const TYPE_NAMES: Record<string, EntityKind> = {
  person: 'nominal',
  man: 'nominal',
  woman: 'nominal',
  male: 'nominal',
  female: 'nominal',
  child: 'nominal',
  suspect: 'nominal',
  victim: 'nominal',
  'organised crime group': 'ocg',
  'organized crime group': 'ocg',
  ocg: 'ocg',
  'criminal group': 'ocg',
  gang: 'usg',
  'street gang': 'usg',
  usg: 'usg',
  address: 'location',
  location: 'location',
  house: 'location',
  building: 'location',
  premises: 'location',
  flat: 'location',
  telephone: 'phone',
  phone: 'phone',
  'mobile phone': 'phone',
  mobile: 'phone',
  'cell phone': 'phone',
  'telephone number': 'phone',
  vehicle: 'vehicle',
  car: 'vehicle',
  van: 'vehicle',
  motorcycle: 'vehicle',
  organisation: 'organisation',
  organization: 'organisation',
  company: 'organisation',
  business: 'organisation',
  other: 'other',
};

/**
 * Icon families, tried in order on the icon's name and then the type's: "Drug Dealer" drawn with
 * the Person icon is a person, "Safe House" a place. Accounts and events come first so that
 * "Bank Account" is not an organisation.
 */
const FAMILIES: [RegExp, EntityKind][] = [
  [
    /\b(account|event|meeting|incident|offence|crime|transaction|payment|document|email|text block|note|label)\b/i,
    'other',
  ],
  [/\b(phone|mobile|telephone|cell|sim|handset|pager|imei)\b/i, 'phone'],
  [
    /\b(car|van|vehicle|lorry|truck|motor ?bike|motorcycle|moped|scooter|bus|taxi|boat|vrm)\b/i,
    'vehicle',
  ],
  [/\b(street gang|gang|usg)\b/i, 'usg'],
  [/\b(group|ocg|crew|cartel|syndicate|network|firm)\b/i, 'ocg'],
  [
    /\b(address|house|home|flat|building|premises|location|place|property|street|postcode|hotel|pub|bar|club|shop|school|park|site)\b/i,
    'location',
  ],
  [
    /\b(organi[sz]ation|company|business|bank|agency|council|charity|ltd|limited|plc)\b/i,
    'organisation',
  ],
  [
    /\b(person|people|man|woman|male|female|child|boy|girl|suspect|victim|witness|offender|nominal|dealer|runner|informant|individual|user|officer|associate|controller)\b/i,
    'nominal',
  ],
];

/** "http://lumify.io/dev#phoneNumber" and "bank_account" as words: "phone Number", "bank account". */
function words(name: string): string {
  return name
    .replace(/^.*[#/]/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ');
}

function family(name: string | undefined): EntityKind | undefined {
  if (!name) return undefined;
  const text = words(name);
  return FAMILIES.find(([re]) => re.test(text))?.[1];
}

/** Text blocks and labels are annotations drawn on the chart, not people. */
const ANNOTATIONS = new Set(['TextBlock', 'Label']);

export interface TypeSeen {
  type: string;
  icon?: string;
  representation?: string;
}

/** The kind for an i2 type: the analyst's mapping, a known name, the icon family, else "other". */
export function chooseKind(
  seen: TypeSeen,
  typeMap: TypeMap = {},
): { choice: TypeChoice; by: TypeUse['by'] } {
  const mapped = Object.hasOwn(typeMap, seen.type) ? typeMap[seen.type] : undefined;
  if (mapped) return { choice: mapped, by: 'mapping' };
  const named =
    TYPE_NAMES[seen.type.trim().toLowerCase()] ?? TYPE_NAMES[words(seen.type).trim().toLowerCase()];
  if (named) return { choice: named, by: 'name' };
  if (seen.representation && ANNOTATIONS.has(seen.representation))
    return { choice: 'other', by: 'icon' };
  const byIcon = family(seen.icon) ?? family(seen.type);
  if (byIcon) return { choice: byIcon, by: 'icon' };
  return { choice: 'other', by: 'fallback' };
}
