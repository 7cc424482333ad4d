import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { Classification, EntityKind } from '../../../shared/model';
import { entitySchema } from '../../../shared/model';
import type { NewEntity } from '../../store/api';

/** The one or two facts that identify an entity of each kind, asked for when it is created. */
export const KEY_FIELDS: Record<EntityKind, { key: string; label: string; hint?: string }[]> = {
  nominal: [{ key: 'dateOfBirth', label: 'Date of birth', hint: 'YYYY-MM-DD, optional' }],
  ocg: [{ key: 'area', label: 'Area of operation', hint: 'optional' }],
  usg: [{ key: 'area', label: 'Area of operation', hint: 'optional' }],
  location: [
    { key: 'address', label: 'Address' },
    { key: 'postcode', label: 'Postcode', hint: 'optional' },
  ],
  phone: [{ key: 'number', label: 'Phone number', hint: 'UK numbers may start 07' }],
  vehicle: [{ key: 'registration', label: 'Registration' }],
  organisation: [{ key: 'registeredNumber', label: 'Company number', hint: 'optional' }],
  other: [{ key: 'type', label: 'Type', hint: 'for example Event or Bank account' }],
};

export type DraftResult<T> = { ok: true; draft: T } | { ok: false; errors: Record<string, string> };

const PLACEHOLDER_ID = 'ent_00000000000000000000';
const STAMP = '2000-01-01T00:00:00.000Z';

/** Writes a phone number as E.164, reading national UK numbers ("07700 900123") as +44. */
export function toE164(input: string): string | undefined {
  const parsed = parsePhoneNumberFromString(input.trim(), 'GB');
  return parsed?.isPossible() ? parsed.number : undefined;
}

function attrsFor(kind: EntityKind, label: string, values: Record<string, string>) {
  const v = (k: string) => (values[k] ?? '').trim();
  const optional = (k: string) => (v(k) ? { [k]: v(k) } : {});
  switch (kind) {
    case 'nominal': {
      const [forenames = '', ...rest] = label.trim().split(/\s+/);
      return { forenames, surname: rest.join(' '), ...optional('dateOfBirth') };
    }
    case 'ocg':
    case 'usg':
      return { ...optional('area') };
    case 'location':
      return { address: v('address') || label.trim(), ...optional('postcode') };
    case 'phone':
      return { number: toE164(v('number')) ?? v('number') };
    case 'vehicle':
      return { registration: v('registration').toUpperCase().replace(/\s+/g, ' ') };
    case 'organisation':
      return { ...optional('registeredNumber') };
    case 'other':
      return { type: v('type') };
  }
}

/**
 * Turns the create dialog's answers into a draft for `createEntity`, checked against the same
 * schema the store uses, so a refusal is caught while the dialog is still open.
 */
export function entityDraft(
  kind: EntityKind,
  label: string,
  values: Record<string, string>,
  classification: Classification,
): DraftResult<NewEntity> {
  const candidate = {
    id: PLACEHOLDER_ID,
    workspaceId: 'ws_00000000000000000000',
    kind,
    label: label.trim(),
    classification,
    attrs: attrsFor(kind, label, values),
    createdAt: STAMP,
    updatedAt: STAMP,
  };
  const parsed = entitySchema.safeParse(candidate);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const last = issue.path[issue.path.length - 1];
      const field = issue.path[0] === 'attrs' && typeof last === 'string' ? last : 'label';
      errors[field] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const { id: _id, workspaceId: _ws, createdAt: _c, updatedAt: _u, ...draft } = parsed.data;
  void [_id, _ws, _c, _u];
  return { ok: true, draft: draft as NewEntity };
}
