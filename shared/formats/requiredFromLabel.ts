import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * Charts and graph files from other tools often name a phone or vehicle only by its label
 * ("07700 900555", "KX19 ABC"). The model requires the number and registration, so take them
 * from the label when the file gives nothing else; a label that is neither stays an error.
 */
export function fillRequiredFromLabel(candidate: Record<string, unknown>): void {
  const attrs = (candidate.attrs ?? {}) as Record<string, unknown>;
  const label = typeof candidate.label === 'string' ? candidate.label.trim() : '';
  if (candidate.kind === 'phone' && attrs.number === undefined && label) {
    const parsed = parsePhoneNumberFromString(label, 'GB');
    if (parsed?.isPossible()) attrs.number = parsed.number;
  }
  if (
    candidate.kind === 'vehicle' &&
    attrs.registration === undefined &&
    label &&
    label.length <= 12
  ) {
    attrs.registration = label.toUpperCase();
  }
  candidate.attrs = attrs;
}
