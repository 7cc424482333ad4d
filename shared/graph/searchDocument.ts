import type { Entity, EntityKind } from '../model';
import { normalisePhone, normalisePostcode, normaliseVrm } from './normalise';

/** One entity as the search index sees it: each field a space-separated list of terms. */
export interface SearchDocument {
  id: string;
  label: string;
  kind: EntityKind;
  names: string;
  aliases: string;
  address: string;
  phone: string;
  vrm: string;
  postcode: string;
}

/**
 * Phones are indexed as international digits, national digits and the last six digits, so that
 * "+44 7700 900123", "07700900123" and "900123" all find the same number.
 */
function phoneTerms(number: string): string {
  const e164 = normalisePhone(number) ?? number;
  const digits = e164.replace(/\D/g, '');
  const national = e164.startsWith('+44') ? `0${digits.slice(2)}` : '';
  return [digits, national, digits.slice(-6)].filter(Boolean).join(' ');
}

/** Identifiers are indexed both written out ("ZZ1 4QX") and run together ("ZZ14QX"). */
function spacedAndCompact(value: string | null): string {
  return value ? `${value} ${value.replace(/\s+/g, '')}` : '';
}

export function searchDocumentOf(entity: Entity): SearchDocument {
  const doc: SearchDocument = {
    id: entity.id,
    label: entity.label,
    kind: entity.kind,
    names: '',
    aliases: '',
    address: '',
    phone: '',
    vrm: '',
    postcode: '',
  };
  switch (entity.kind) {
    case 'nominal':
      doc.names = `${entity.attrs.forenames} ${entity.attrs.surname}`;
      doc.aliases = entity.attrs.aliases.join(' ');
      break;
    case 'ocg':
    case 'usg':
      doc.aliases = entity.attrs.aliases.join(' ');
      break;
    case 'location':
      doc.address = entity.attrs.address;
      doc.postcode = spacedAndCompact(normalisePostcode(entity.attrs.postcode ?? ''));
      break;
    case 'phone':
      doc.phone = phoneTerms(entity.attrs.number);
      doc.aliases = entity.attrs.dealLineBrand ?? '';
      break;
    case 'vehicle': {
      const vrm = normaliseVrm(entity.attrs.registration);
      doc.vrm = vrm ? `${vrm} ${entity.attrs.registration}` : entity.attrs.registration;
      break;
    }
    case 'organisation':
      break;
  }
  return doc;
}
