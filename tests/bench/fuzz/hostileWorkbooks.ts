/**
 * Hostile .xlsx files, built in memory at run time: the inputs of issue 11 (`r="Infinity"`,
 * `r="B\uFFFD3"`, 200 names for one 50 MB part, 300 MB from a few hundred KB) and a corpus of
 * zip bombs and dimension bombs around them. Each names the error it must end in. Shared by the
 * unit tests, the fuzz bench and the end-to-end test.
 */
import { crc32 } from 'node:zlib';
import { entry, repeatedDeflate, zipOf, type RawEntry } from './zipWriter';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const SHEET = 'xl/worksheets/sheet1.xml';
const HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>`;
const TAIL = '</sheetData></worksheet>';

/** Every part of a workbook except its sheet (and shared strings, when given). */
function frame(sharedStrings?: string): RawEntry[] {
  return [
    entry(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    entry(
      '_rels/.rels',
      `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    entry(
      'xl/workbook.xml',
      `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    entry(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    ...(sharedStrings === undefined
      ? []
      : [
          entry(
            'xl/sharedStrings.xml',
            `<?xml version="1.0"?><sst xmlns="${MAIN}">${sharedStrings}</sst>`,
          ),
        ]),
  ];
}

/** A workbook whose sheet data is the given XML. */
export function workbook(sheetData: string, method: 0 | 8 = 8, sharedStrings?: string): Uint8Array {
  return zipOf([...frame(sharedStrings), entry(SHEET, HEAD + sheetData + TAIL, method)]);
}

const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>';
const cell = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** A small good workbook: the control every hostile file is a variation of. */
export const goodWorkbook = () =>
  workbook(
    `${header}<row r="2">${cell('A2', 'Jade Moss')}</row><row r="3">${cell('A3', 'Kai Rennet')}</row>`,
  );

/** A sheet part whose compressed bytes inflate to `unit` × `times`, declaring `declared` bytes. */
function bombSheet(unit: string, times: number, declared?: number): RawEntry {
  const { packed, size } = repeatedDeflate(HEAD + header, unit, times, TAIL);
  return { name: SHEET, method: 8, packed, size: declared ?? size, crc: 0 };
}

export interface HostileFile {
  name: string;
  /** What the file is, as the issue or the corpus names it. */
  about: string;
  bytes: () => Uint8Array;
  /** The clear error it must end in. */
  error: RegExp;
}

/** Fixed regression cases: the issue's own inputs and their close relatives. */
export const dimensionBombs: HostileFile[] = [
  {
    name: 'row-infinity.xlsx',
    about: 'issue 11: <row r="Infinity"> (5 GB and an abort in Node)',
    bytes: () => workbook(`${header}<row r="Infinity">${cell('A2', 'x')}</row>`),
    error: /row number "Infinity" is not a number/,
  },
  {
    name: 'cell-replacement-char.xlsx',
    about: 'issue 11: r="B\\uFFFD3" (aborts V8)',
    bytes: () => workbook(`${header}<row r="3">${cell('B\uFFFD3', 'x')}</row>`),
    error: /cell reference "B\\uFFFD3" is not a reference like B3/,
  },
  {
    name: 'row-beyond-excel.xlsx',
    about: 'a row number past every cap (2,000,000,000)',
    bytes: () => workbook(`${header}<row r="2000000000">${cell('A2', 'x')}</row>`),
    error: /row number "2000000000" is not a number/,
  },
  {
    name: 'last-excel-row.xlsx',
    about: "row 1,048,576, Excel's last: a million empty rows to pad",
    bytes: () => workbook(`${header}<row r="1048576">${cell('A1048576', 'x')}</row>`),
    error: /has row 1,048,576; Linchpin reads sheets of up to 250,000 rows/,
  },
  {
    name: 'last-excel-column.xlsx',
    about: "column XFD (16,384), Excel's last",
    bytes: () => workbook(`${header}<row r="2">${cell('XFD2', 'x')}</row>`),
    error: /has cell XFD2; Linchpin reads sheets of up to 250,000 rows and 1,000 columns/,
  },
  {
    name: 'rows-times-columns.xlsx',
    about: '200,000 rows by 100 columns from two cells (20 million padded cells)',
    bytes: () =>
      workbook(
        `${header}<row r="2">${cell('CV2', 'x')}</row><row r="200000">${cell('A200000', 'y')}</row>`,
      ),
    error: /200,000 rows by 100 columns; Linchpin reads at most 5,000,000 cells/,
  },
  {
    name: 'empty-rows.xlsx',
    about: '300,000 <row/> tags without numbers (stored, 1.8 MB)',
    bytes: () => workbook(header + '<row/>'.repeat(300_000), 0),
    error: /300,001 rows; Linchpin reads at most 250,000 rows/,
  },
  {
    name: 'prefixed-row.xlsx',
    about: '<x:row r="Infinity">: the parser strips prefixes from tag names',
    bytes: () => workbook(`${header}<x:row r="Infinity">${cell('A2', 'x')}</x:row>`),
    error: /row number "Infinity"/,
  },
  {
    name: 'prefixed-attribute.xlsx',
    about: 'r="A2" x:r="XFD1048576": the parser strips prefixes from attributes',
    bytes: () =>
      workbook(
        `${header}<row r="2"><c r="A2" x:r="B\uFFFD3" t="inlineStr"><is><t>x</t></is></c></row>`,
      ),
    error: /cell reference "B\\uFFFD3"/,
  },
  {
    name: 'entity-reference.xlsx',
    about: 'r="&#49;000000": a number written as a character reference',
    bytes: () => workbook(`${header}<row r="&#49;000000">${cell('A2', 'x')}</row>`),
    error: /row number "&#49;000000" is not a number/,
  },
  {
    name: 'unquoted-reference.xlsx',
    about: 'r=Infinity without quotes (the parser skips it with a warning)',
    bytes: () => workbook(`${header}<row r=Infinity>${cell('A2', 'x')}</row>`),
    error: /attribute without a quoted value/,
  },
  {
    name: 'cell-without-reference.xlsx',
    about: 'a <c> with no r (the parser throws a TypeError)',
    bytes: () => workbook(`${header}<row r="2"><c t="inlineStr"><is><t>x</t></is></c></row>`),
    error: /a cell \(<c>\) has no reference/,
  },
  {
    name: 'deep-nesting.xlsx',
    about: '150 nested elements (the parser keeps a stack of every open one)',
    bytes: () => workbook(`${header}${'<x>'.repeat(150)}${'</x>'.repeat(150)}`),
    error: /elements are nested over 100 deep/,
  },
  {
    name: 'nesting-behind-quotes.xlsx',
    about: '150 nested <x b="/>"> (self-closing to a naive scan, open to the parser)',
    bytes: () => workbook(`${header}${'<x b="/>">'.repeat(150)}${'</x>'.repeat(150)}`),
    error: /elements are nested over 100 deep/,
  },
  {
    name: 'tag-in-attribute.xlsx',
    about: 'a tag inside an attribute value, where a chunked parser could come upon it',
    bytes: () => workbook(`${header}<x b="<y>"/>`),
    error: /a "<" inside a tag/,
  },
  {
    name: 'long-cell.xlsx',
    about: 'a cell of 40,000 characters (Excel allows 32,767)',
    bytes: () => workbook(`${header}<row r="2">${cell('A2', 'x'.repeat(40_000))}</row>`),
    error: /holds 40,000 characters; Excel itself allows 32,767/,
  },
  {
    name: 'shared-string-everywhere.xlsx',
    about: 'one 30,000-character shared string on 3,000 rows (90 million characters)',
    bytes: () =>
      workbook(
        header +
          Array.from(
            { length: 3000 },
            (_, i) => `<row r="${i + 2}"><c r="A${i + 2}" t="s"><v>0</v></c></row>`,
          ).join(''),
        8,
        `<si><t>${'y'.repeat(30_000)}</t></si>`,
      ),
    error: /over 67,108,864 characters of text/,
  },
];

export const zipBombs: HostileFile[] = [
  {
    name: 'one-part-200-names.xlsx',
    about: 'issue 11: 200 directory names for one 50 MB part (13.5 GB)',
    bytes: () => {
      const part = { ...bombSheet('<row/>', 8_500_000), name: 'xl/worksheets/part.xml' };
      const aliases = Array.from({ length: 200 }, (_, i) => ({
        name: `xl/worksheets/sheet${i + 1}.xml`,
        of: part.name,
      }));
      return zipOf([...frame(), part], aliases);
    },
    error:
      /points at the bytes of xl\/worksheets\/part\.xml; entries sharing one part are a zip bomb/,
  },
  {
    name: '300mb-declared.xlsx',
    about: 'issue 11: a 300 MB sheet from about 300 KB, its size declared',
    bytes: () => zipOf([...frame(), bombSheet('<row/>', 50_000_000)]),
    error: /inflates to 286\.1 MB, over the 96\.0 MB a part may hold/,
  },
  {
    name: '300mb-undeclared.xlsx',
    about: 'the same 300 MB, declaring 1 MB: stopped as it inflates',
    bytes: () => zipOf([...frame(), bombSheet('<row/>', 50_000_000, 1_000_000)]),
    error: /inflates past the 1\.0 MB its header declares/,
  },
  {
    name: 'deep-ratio.xlsx',
    about: 'a 60 MB sheet from 60 KB (ratio 1000, under the size caps)',
    bytes: () => zipOf([...frame(), bombSheet('<row/>', 10_000_000)]),
    error: /would inflate \d+ times over, as zip bombs do/,
  },
  {
    name: 'many-parts.xlsx',
    about: '1,001 parts of 120 MB in all, each under the part cap',
    bytes: () => {
      const part = bombSheet('<row/>', 20_000);
      const many = Array.from({ length: 1001 - frame().length }, (_, i) => ({
        ...part,
        name: `xl/p${i}.xml`,
      }));
      return zipOf([...frame(), ...many]);
    },
    error: /lists 1,001 files; a workbook Linchpin reads has at most 1,000/,
  },
  {
    name: 'total-over-cap.xlsx',
    about: '22 parts declaring 6 MB each (132 MB together), refused before inflating',
    bytes: () => {
      const junk = new Uint8Array(40_000).map((_, i) => (i * 2654435761) >>> 24);
      const part = { name: '', method: 8, packed: junk, size: 6 * 1024 * 1024, crc: 0 };
      return zipOf([
        ...frame(),
        ...Array.from({ length: 22 }, (_, i) => ({ ...part, name: `xl/p${i}.xml` })),
      ]);
    },
    error: /parts inflate to 132\.\d MB, over the 128\.0 MB limit/,
  },
  {
    name: 'overlapping-entries.xlsx',
    about: 'an entry whose compressed bytes run over the next entry',
    bytes: () => {
      const parts = [...frame(), entry(SHEET, HEAD + header + TAIL)];
      const bytes = zipOf(parts);
      // The first entry's compressed size in the directory, made to cover the second entry too.
      const view = new DataView(bytes.buffer);
      const dir = view.getUint32(bytes.length - 6, true);
      view.setUint32(dir + 20, view.getUint32(dir + 20, true) + 40, true);
      return bytes;
    },
    error: /share the same bytes/,
  },
  {
    name: 'duplicate-names.xlsx',
    about: 'the sheet listed twice under one name',
    bytes: () => zipOf([...frame(), entry(SHEET, HEAD + TAIL), entry(SHEET, HEAD + header + TAIL)]),
    error: /lists xl\/worksheets\/sheet1\.xml twice/,
  },
  {
    name: 'wrong-checksum.xlsx',
    about: 'a sheet whose CRC does not match its bytes',
    bytes: () => zipOf([...frame(), { ...entry(SHEET, HEAD + header + TAIL), crc: 12345 }]),
    error: /sheet1\.xml is damaged \(its checksum does not match\)/,
  },
  {
    name: 'short-part.xlsx',
    about: 'a sheet declaring more bytes than it holds',
    bytes: () => {
      const e = entry(SHEET, HEAD + header + TAIL);
      return zipOf([...frame(), { ...e, size: e.size + 10 }]);
    },
    error: /shorter than its header declares/,
  },
  {
    name: 'password.xlsx',
    about: 'the encryption flag set',
    bytes: () => zipOf([...frame(), { ...entry(SHEET, HEAD + TAIL), flags: 1 }]),
    error: /password-protected/,
  },
  {
    name: 'bzip2.xlsx',
    about: 'a part compressed with method 12',
    bytes: () => zipOf([...frame(), { ...entry(SHEET, HEAD + TAIL), method: 12 }]),
    error: /compression method 12/,
  },
  {
    name: 'cut-short.xlsx',
    about: 'the last 100 bytes missing',
    bytes: () => goodWorkbook().slice(0, -100),
    error: /no central directory was found/,
  },
  {
    name: 'not-a-zip.xlsx',
    about: 'a CSV renamed .xlsx',
    bytes: () => new TextEncoder().encode('Name,Phone\nJade Moss,07700 900991\n'),
    error: /not an \.xlsx workbook/,
  },
];

export const hostileWorkbooks: HostileFile[] = [...dimensionBombs, ...zipBombs];

/** The CRC of an honest stored part, for tests that patch a good file. */
export const crcOf = (text: string) => crc32(text);
