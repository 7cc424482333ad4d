import type { CountryCode } from 'libphonenumber-js';
import { normalisePhone, normalisePostcode, normaliseVrm } from '../../graph/normalise';
import type { FieldType } from './fields';
import { parseDate, type DateFormat, type Parsed } from './parseDate';

// Spreadsheets repeat the same few thousand numbers; libphonenumber is the costliest step per cell.
const phoneCache = new Map<string, string | null>();
function cachedPhone(text: string, region: string): string | null {
  const key = `${region}|${text}`;
  let hit = phoneCache.get(key);
  if (hit === undefined) {
    if (phoneCache.size > 100_000) phoneCache.clear();
    hit = normalisePhone(text, region as CountryCode);
    phoneCache.set(key, hit);
  }
  return hit;
}

export interface CellOptions {
  dateFormat: DateFormat;
  defaultRegion: string;
}

/**
 * Turns one non-empty cell into the value its field holds, or a sentence saying why not. The
 * same function drives the live preview and the import, so what the analyst sees is what lands.
 */
export function parseCell(
  raw: string,
  type: FieldType,
  options: CellOptions,
): Parsed<string | string[]> {
  const text = raw.trim();
  switch (type) {
    case 'text':
      return { ok: true, value: text };
    case 'list':
      return {
        ok: true,
        value: text
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean),
      };
    case 'date':
      return parseDate(text, options.dateFormat);
    case 'phone': {
      const e164 = cachedPhone(text, options.defaultRegion);
      return e164
        ? { ok: true, value: e164 }
        : { ok: false, message: `"${text.slice(0, 30)}" is not a phone number Linchpin can read.` };
    }
    case 'postcode': {
      const pc = normalisePostcode(text);
      return pc
        ? { ok: true, value: pc }
        : { ok: false, message: `"${text.slice(0, 20)}" is not a UK postcode.` };
    }
    case 'vrm': {
      const vrm = normaliseVrm(text);
      return vrm
        ? { ok: true, value: vrm }
        : { ok: false, message: `"${text.slice(0, 20)}" is not a vehicle registration.` };
    }
  }
}
