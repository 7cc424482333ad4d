import { WorkbookError, count, megabytes, shown, type XlsxLimits } from './limits';

/** One entry of the zip's central directory, with where its compressed bytes lie. */
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the local header, and of the first and one past the last compressed byte. */
  local: number;
  start: number;
  end: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const damaged = (what: string) =>
  new WorkbookError(`its zip archive is broken (${what})`, 'damaged');

/**
 * The end-of-central-directory record: the last one whose comment runs exactly to the end of
 * the file, as unzip tools find it. Zip64 is refused: no workbook under our caps needs it.
 */
function endRecord(view: DataView): { entries: number; offset: number; size: number; at: number } {
  const last = view.byteLength - 22;
  for (let at = last; at >= Math.max(0, last - 0xffff); at--) {
    if (view.getUint32(at, true) !== EOCD) continue;
    if (at + 22 + view.getUint16(at + 20, true) !== view.byteLength) continue;
    const entries = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 12, true);
    const offset = view.getUint32(at + 16, true);
    if (view.getUint16(at + 4, true) !== 0 || view.getUint16(at + 6, true) !== 0)
      throw damaged('it spans several disks');
    if (view.getUint16(at + 8, true) !== entries) throw damaged('its entry counts disagree');
    if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff)
      throw damaged('it uses zip64, which no workbook of a size Linchpin reads needs');
    if (offset + size > at) throw damaged('its directory runs past its end');
    return { entries, offset, size, at };
  }
  throw damaged('no central directory was found (the file may be cut short)');
}

function nameOf(bytes: Uint8Array, utf8: boolean): string {
  return new TextDecoder(utf8 ? 'utf-8' : 'latin1').decode(bytes);
}

function readEntry(view: DataView, bytes: Uint8Array, at: number, dirEnd: number) {
  if (at + 46 > dirEnd || view.getUint32(at, true) !== CENTRAL)
    throw damaged('a directory entry is broken');
  const flags = view.getUint16(at + 8, true);
  const nameLength = view.getUint16(at + 28, true);
  const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  if (next > dirEnd) throw damaged('a directory entry runs past the directory');
  if (flags & 1)
    throw new WorkbookError(
      'the workbook is password-protected; save it without a password',
      'damaged',
    );
  const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
  return {
    next,
    rawName,
    entry: {
      name: nameOf(rawName, (flags & 0x800) !== 0),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      local: view.getUint32(at + 42, true),
      start: 0,
      end: 0,
    },
  };
}

/** Finds the entry's data after its local header, which must repeat the directory's name. */
function locate(
  view: DataView,
  bytes: Uint8Array,
  entry: ZipEntry,
  rawName: Uint8Array,
  limit: number,
) {
  const at = entry.local;
  if (at + 30 > limit || view.getUint32(at, true) !== LOCAL)
    throw damaged(`the entry ${shown(entry.name)} points at no file`);
  const nameLength = view.getUint16(at + 26, true);
  const local = bytes.subarray(at + 30, at + 30 + nameLength);
  if (nameLength !== rawName.length || local.some((b, i) => b !== rawName[i]))
    throw damaged(
      `the entry ${shown(entry.name)} points at the bytes of ${shown(nameOf(local, true))}; entries sharing one part are a zip bomb`,
    );
  entry.start = at + 30 + nameLength + view.getUint16(at + 28, true);
  entry.end = entry.start + entry.compressedSize;
  if (entry.end > limit) throw damaged(`the entry ${shown(entry.name)} runs past the files`);
}

/**
 * Reads the central directory and refuses, before inflating a byte, an archive with too many
 * entries, a name listed twice, or entries that share or overlap their bytes (200 names for one
 * 50 MB part is a zip bomb, not a workbook).
 */
export function readZipDirectory(bytes: Uint8Array, limits: XlsxLimits): ZipEntry[] {
  if (bytes.length < 22) throw damaged('it is too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endRecord(view);
  if (end.entries > limits.maxEntries)
    throw new WorkbookError(
      `the archive lists ${count(end.entries)} files; a workbook Linchpin reads has at most ${count(limits.maxEntries)}`,
      'limit',
    );
  const dirEnd = end.offset + end.size;
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let at = end.offset;
  for (let i = 0; i < end.entries; i++) {
    const { next, rawName, entry } = readEntry(view, bytes, at, dirEnd);
    if (names.has(entry.name)) throw damaged(`it lists ${shown(entry.name)} twice`);
    names.add(entry.name);
    locate(view, bytes, entry, rawName, end.offset);
    entries.push(entry);
    at = next;
  }
  if (at !== dirEnd) throw damaged('its directory size is wrong');
  const byOffset = [...entries].sort((a, b) => a.local - b.local);
  for (let i = 1; i < byOffset.length; i++)
    if (byOffset[i]!.local < byOffset[i - 1]!.end)
      throw damaged(
        `the entries ${shown(byOffset[i - 1]!.name)} and ${shown(byOffset[i]!.name)} share the same bytes`,
      );
  return entries;
}

/** Refuses, from the sizes the directory declares, the parts that would inflate too far. */
export function checkDeclaredSizes(parts: readonly ZipEntry[], limits: XlsxLimits): number {
  let total = 0;
  for (const p of parts) {
    if (p.method !== 0 && p.method !== 8)
      throw damaged(
        `${shown(p.name)} uses compression method ${p.method}, which Excel does not write`,
      );
    if (p.method === 0 && p.size !== p.compressedSize)
      throw damaged(`${shown(p.name)} has wrong sizes`);
    if (p.size > limits.maxPartBytes)
      throw new WorkbookError(
        `${shown(p.name)} inflates to ${megabytes(p.size)}, over the ${megabytes(limits.maxPartBytes)} a part may hold`,
        'limit',
      );
    if (p.size > limits.ratioFloorBytes && p.size / Math.max(1, p.compressedSize) > limits.maxRatio)
      throw new WorkbookError(
        `${shown(p.name)} would inflate ${Math.round(p.size / Math.max(1, p.compressedSize))} times over, as zip bombs do`,
        'damaged',
      );
    total += p.size;
  }
  if (total > limits.maxTotalBytes)
    throw new WorkbookError(
      `its parts inflate to ${megabytes(total)}, over the ${megabytes(limits.maxTotalBytes)} limit`,
      'limit',
    );
  return total;
}
