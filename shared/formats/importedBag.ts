import {
  MAX_IMPORTED_ATTRIBUTES,
  fromImportedValue,
  toImportedValue,
  type Imported,
} from '../model';
import type { Scalar } from './records';
import { plural, type WarningLog } from './warnings';

const MAX_TEXT = 20000;
const MAX_NAME = 200;

/**
 * A file's attributes as the record's `imported` bag: every value kept under its own name, with
 * the model's limits applied and any shortening counted, never silently.
 */
export function toImportedBag(
  values: Record<string, Scalar>,
  warnings: WarningLog,
  where: string,
): Imported | undefined {
  const bag: Imported = {};
  let count = 0;
  for (const [rawName, value] of Object.entries(values)) {
    if (count >= MAX_IMPORTED_ATTRIBUTES) {
      warnings.add(
        'imported-too-many',
        (n) =>
          `${plural(n, 'item')} had more than ${MAX_IMPORTED_ATTRIBUTES} attributes; the rest were not kept.`,
        where,
      );
      break;
    }
    let name = rawName.trim() || '(unnamed)';
    if (name.length > MAX_NAME) {
      name = name.slice(0, MAX_NAME);
      warnings.add(
        'imported-long-name',
        (n) => `${plural(n, 'attribute name')} longer than ${MAX_NAME} characters were shortened.`,
        where,
      );
    }
    let kept = value;
    if (typeof value === 'string' && value.length > MAX_TEXT) {
      kept = value.slice(0, MAX_TEXT);
      warnings.add(
        'imported-long-value',
        (n) =>
          `${plural(n, 'attribute value')} longer than ${MAX_TEXT.toLocaleString('en-GB')} characters were shortened.`,
        `${where} "${name}"`,
      );
    }
    bag[name] = toImportedValue(kept);
    count += 1;
  }
  return count ? bag : undefined;
}

/** The bag's values as plain scalars (infinities and NaN as numbers), for writers. */
export function importedScalars(bag: Imported | undefined): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [name, value] of Object.entries(bag ?? {})) out[name] = fromImportedValue(value);
  return out;
}
