/** A file for a stored zip: its bytes and the CRC-32 already checked when it was inflated. */
export interface StoredFile {
  name: string;
  data: Uint8Array;
  crc: number;
}

/**
 * Writes files into a zip without compression, reusing their checked CRCs (fflate's zipSync
 * would compute every CRC again, 80 ms on the 100k-row workbook). Only for parts that have
 * passed the caps, so the sizes fit the 32-bit fields.
 */
export function storedZip(files: readonly StoredFile[]): ArrayBuffer {
  const names = files.map((f) => new TextEncoder().encode(f.name));
  const localSize = files.reduce((n, f, i) => n + 30 + names[i]!.length + f.data.length, 0);
  const centralSize = names.reduce((n, name) => n + 46 + name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  files.forEach((f, i) => {
    offsets.push(at);
    header(view, at, 0x04034b50, f, names[i]!.length, true);
    out.set(names[i]!, at + 30);
    out.set(f.data, at + 30 + names[i]!.length);
    at += 30 + names[i]!.length + f.data.length;
  });
  files.forEach((f, i) => {
    header(view, at, 0x02014b50, f, names[i]!.length, false);
    view.setUint32(at + 42, offsets[i]!, true);
    out.set(names[i]!, at + 46);
    at += 46 + names[i]!.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, files.length, true);
  view.setUint16(at + 10, files.length, true);
  view.setUint32(at + 12, centralSize, true);
  view.setUint32(at + 16, localSize, true);
  return out.buffer;
}

/** The fields local and central headers share, at their own offsets; UTF-8 names (flag 11). */
function header(
  view: DataView,
  at: number,
  signature: number,
  f: StoredFile,
  nameLength: number,
  local: boolean,
) {
  const shift = local ? 0 : 2;
  view.setUint32(at, signature, true);
  if (!local) view.setUint16(at + 4, 20, true);
  view.setUint16(at + 4 + shift, 20, true);
  view.setUint16(at + 6 + shift, 0x800, true);
  view.setUint32(at + 14 + shift, f.crc, true);
  view.setUint32(at + 18 + shift, f.data.length, true);
  view.setUint32(at + 22 + shift, f.data.length, true);
  view.setUint16(at + 26 + shift, nameLength, true);
}
