/**
 * Writes a workbook the way Excel lays one out (shared strings, dates as serial numbers with a
 * date style), so read-excel-file does the work it does on an analyst's file. No XLSX writer is
 * installed and none is in the registry list here; a zip of five XML parts needs only node:zlib.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { SPREADSHEET_COLUMNS, type SheetRow } from './data';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal zip (deflate, no zip64): enough for a workbook under 4 GB. */
function zip(files: { name: string; data: Uint8Array }[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const f of files) {
    const name = new TextEncoder().encode(f.name);
    const packed = deflateRawSync(f.data);
    const crc = crc32(f.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(f.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(f.data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    parts.push(local, name, packed);
    central.push(entry, name);
    offset += local.length + name.length + packed.length;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const serial = (d: Date) => (d.getTime() - EXCEL_EPOCH) / 86_400_000;

function columnName(i: number): string {
  let name = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The rows as an .xlsx with one sheet: text in shared strings, dates as date-styled numbers. */
export function sheetXlsx(rows: readonly SheetRow[]): Uint8Array {
  const strings = new Map<string, number>();
  const sst = (s: string) => {
    let i = strings.get(s);
    if (i === undefined) strings.set(s, (i = strings.size));
    return i;
  };
  const cols = SPREADSHEET_COLUMNS.map((_, i) => columnName(i));
  const out: string[] = [`${XML}<worksheet xmlns="${MAIN}"><sheetData>`];
  const text = (c: string, r: number, s: string) =>
    s === '' ? '' : `<c r="${c}${r}" t="s"><v>${sst(s)}</v></c>`;
  const date = (c: string, r: number, d: Date | null) =>
    d ? `<c r="${c}${r}" s="1"><v>${serial(d)}</v></c>` : '';
  out.push(`<row r="1">${SPREADSHEET_COLUMNS.map((h, i) => text(cols[i]!, 1, h)).join('')}</row>`);
  rows.forEach((row, i) => {
    const r = i + 2;
    const [a, b, c, d, e, f, g, h, j, k] = cols as [string, ...string[]];
    out.push(
      `<row r="${r}">${text(a, r, row.ref)}${text(b!, r, row.forenames)}${text(c!, r, row.surname)}` +
        `${date(d!, r, row.dateOfBirth)}${text(e!, r, row.phone)}${text(f!, r, row.address)}` +
        `${text(g!, r, row.postcode)}${text(h!, r, row.relationship)}${date(j!, r, row.seen)}` +
        `${text(k!, r, row.grade)}</row>`,
    );
  });
  out.push('</sheetData></worksheet>');
  const shared = [
    `${XML}<sst xmlns="${MAIN}" count="${strings.size}" uniqueCount="${strings.size}">`,
    ...[...strings.keys()].map((s) => `<si><t>${escape(s)}</t></si>`),
    '</sst>',
  ];
  const enc = (s: string) => new TextEncoder().encode(s);
  const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  return zip([
    {
      name: '[Content_Types].xml',
      data: enc(
        `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
          `<Default Extension="xml" ContentType="application/xml"/>` +
          `<Override PartName="/xl/workbook.xml" ContentType="${type}.sheet.main+xml"/>` +
          `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${type}.worksheet+xml"/>` +
          `<Override PartName="/xl/sharedStrings.xml" ContentType="${type}.sharedStrings+xml"/>` +
          `<Override PartName="/xl/styles.xml" ContentType="${type}.styles+xml"/></Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: enc(
        `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${DOC_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: enc(
        `${XML}<workbook xmlns="${MAIN}" xmlns:r="${DOC_REL}"><sheets><sheet name="Sightings" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: enc(
        `${XML}<Relationships xmlns="${PKG_REL}">` +
          `<Relationship Id="rId1" Type="${DOC_REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
          `<Relationship Id="rId2" Type="${DOC_REL}/styles" Target="styles.xml"/>` +
          `<Relationship Id="rId3" Type="${DOC_REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/styles.xml',
      data: enc(
        `${XML}<styleSheet xmlns="${MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`,
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', data: enc(out.join('')) },
    { name: 'xl/sharedStrings.xml', data: enc(shared.join('')) },
  ]);
}
