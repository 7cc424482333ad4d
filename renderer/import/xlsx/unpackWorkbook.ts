import { inflatePart, type InflateTally } from './inflatePart';
import { XLSX_LIMITS, WorkbookError, type XlsxLimits } from './limits';
import { scanPart } from './sheetScan';
import { storedZip, type StoredFile } from './storedZip';
import { checkDeclaredSizes, readZipDirectory } from './zipDirectory';

/** The parts read-excel-file reads (its own filter): XML and relationship files. */
const isRead = (name: string) => name.endsWith('.xml') || name.endsWith('.xml.rels');

export interface UnpackedWorkbook {
  /** The checked parts again as a zip, stored without compression, for read-excel-file. */
  archive: ArrayBuffer;
  inflatedBytes: number;
}

/**
 * Unzips a workbook under the caps and checks it before any XML is parsed: the directory (entry
 * count, duplicates, overlapping entries), the declared sizes, each part as it inflates (size and
 * checksum), and every row and cell reference. What passes is handed to read-excel-file as a
 * stored zip of exactly those bytes, so the parser reads only what was checked and inflates
 * nothing itself.
 */
export function unpackWorkbook(
  buffer: ArrayBuffer,
  limits: XlsxLimits = { ...XLSX_LIMITS },
  tally: InflateTally = { inflated: 0 },
): UnpackedWorkbook {
  const bytes = new Uint8Array(buffer);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw new WorkbookError(
      'the file is not an .xlsx workbook (it is not a zip archive)',
      'damaged',
    );
  const parts = readZipDirectory(bytes, limits).filter((e) => isRead(e.name));
  if (parts.length === 0) throw new WorkbookError('the archive holds no workbook parts', 'damaged');
  const inflatedBytes = checkDeclaredSizes(parts, limits);
  const files: StoredFile[] = [];
  for (const part of parts) {
    const data = inflatePart(bytes, part, tally);
    scanPart(part.name, data, limits);
    files.push({ name: part.name, data, crc: part.crc });
  }
  return { archive: storedZip(files), inflatedBytes };
}
