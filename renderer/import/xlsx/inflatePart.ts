import { Inflate } from 'fflate';
import { crc32 } from './crc32';
import { WorkbookError, megabytes, shown } from './limits';
import type { ZipEntry } from './zipDirectory';

/**
 * Compressed bytes fed to the inflater at a time. Deflate expands at most 1032 to 1, so one
 * push can overshoot the part's declared size by 16.5 MB at worst before it is stopped.
 */
const CHUNK = 16 * 1024;

/** Bytes inflated so far, the refused overshoot included: what a read has cost in memory. */
export interface InflateTally {
  inflated: number;
}

const damaged = (name: string, what: string) =>
  new WorkbookError(`${shown(name)} is damaged (${what})`, 'damaged');

/**
 * Inflates one part into a buffer of the size its directory entry declares (already checked
 * against the caps), stopping as soon as the output would pass that size, and checks its CRC:
 * a part that lies about its size or its content is refused, never trusted.
 */
export function inflatePart(
  bytes: Uint8Array,
  entry: ZipEntry,
  tally: InflateTally = { inflated: 0 },
): Uint8Array {
  const packed = bytes.subarray(entry.start, entry.end);
  if (entry.method === 0) {
    tally.inflated += packed.length;
    return checked(packed.slice(), entry);
  }
  const out = new Uint8Array(entry.size);
  let written = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    tally.inflated += chunk.length;
    if (over) return;
    if (written + chunk.length > entry.size) {
      over = true;
      return;
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let at = 0; at < packed.length && !over; at += CHUNK) {
      const last = at + CHUNK >= packed.length;
      inflater.push(packed.subarray(at, at + CHUNK), last);
    }
    if (packed.length === 0) inflater.push(packed, true);
  } catch (e) {
    throw damaged(entry.name, e instanceof Error ? e.message : String(e));
  }
  if (over)
    throw new WorkbookError(
      `${shown(entry.name)} inflates past the ${megabytes(entry.size)} its header declares, as zip bombs do`,
      'damaged',
    );
  if (written !== entry.size) throw damaged(entry.name, 'shorter than its header declares');
  return checked(out, entry);
}

function checked(data: Uint8Array, entry: ZipEntry): Uint8Array {
  if (crc32(data) !== entry.crc) throw damaged(entry.name, 'its checksum does not match');
  return data;
}
