import { WorkbookError, count, shown, type XlsxLimits } from './limits';

/**
 * A pass over a part's bytes, before read-excel-file parses it, that checks every row and cell
 * reference the parser would act on. read-excel-file fills the gap up to a row or column
 * number with empty rows and cells, so `<row r="Infinity">` never ends and `r="B\uFFFD3"` (the
 * replacement character read as a column letter) asks for a column in the millions.
 *
 * The scan is deliberately stricter than the parser (saxen, which read-excel-file bundles): it
 * looks at every `<` in the part, comments and attribute values included; a tag counts as a row
 * or a cell if its name after the first or the last colon is `row` or `c`, once any tag named
 * `sheetData` has opened (the parser's own rule, with both prefixes); and the attributes of such
 * a tag must be plain `name="value"` pairs, every `r` among them (prefixed or not, since the
 * parser strips prefixes) a plain reference without entities. Excel writes nothing else.
 */
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const COLON = 0x3a;

const isName = (b: number) =>
  (b >= 0x61 && b <= 0x7a) ||
  (b >= 0x41 && b <= 0x5a) ||
  (b >= 0x30 && b <= 0x39) ||
  b === COLON ||
  b === 0x2e ||
  b === 0x2d ||
  b === 0x5f;
const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

type Kind = 'row' | 'c' | 'sheetData' | null;

function equals(bytes: Uint8Array, from: number, to: number, word: string): boolean {
  if (to - from !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (bytes[from + k] !== word.charCodeAt(k)) return false;
  return true;
}

/** True if the name, or its part after its first or last colon (the parser's local name), is `word`. */
function matches(bytes: Uint8Array, from: number, to: number, word: string): boolean {
  if (bytes[to - 1] !== word.charCodeAt(word.length - 1)) return false;
  if (equals(bytes, from, to, word)) return true;
  let first = -1;
  let last = -1;
  for (let k = from; k < to; k++) {
    if (bytes[k] !== COLON) continue;
    if (first < 0) first = k;
    last = k;
  }
  return first >= 0 && (equals(bytes, first + 1, to, word) || equals(bytes, last + 1, to, word));
}

function kindOf(bytes: Uint8Array, from: number, to: number): Kind {
  const lastByte = bytes[to - 1];
  // Cheap first: the three names end in c, w and a; most tags in a sheet are <v> and <c>.
  if (to - from > 64 || (lastByte !== 0x63 && lastByte !== 0x77 && lastByte !== 0x61)) return null;
  if (matches(bytes, from, to, 'c')) return 'c';
  if (matches(bytes, from, to, 'row')) return 'row';
  if (matches(bytes, from, to, 'sheetData')) return 'sheetData';
  return null;
}

/** The shape of one part's sheet data, as far as the references and tags say. */
export interface SheetShape {
  rows: number;
  columns: number;
  cells: number;
}

export function scanPart(name: string, bytes: Uint8Array, limits: XlsxLimits): SheetShape {
  return new PartScan(shown(name), bytes, limits).run();
}

class PartScan {
  private inSheet = false;
  private maxRow = 0;
  private rowsWithoutRef = 0;
  private maxColumn = 0;
  private cells = 0;
  /** Positions after which no `"` (or `'`) is left. */
  private noDoubleFrom = Infinity;
  private noSingleFrom = Infinity;

  constructor(
    private readonly name: string,
    private readonly bytes: Uint8Array,
    private readonly limits: XlsxLimits,
  ) {}

  run(): SheetShape {
    const { bytes } = this;
    const n = bytes.length;
    // Where the last tag ended, and how many are open: read-excel-file's parser keeps a stack of
    // every open element's name, so 20 million nested elements cost it over 600 MB.
    let consumed = 0;
    let depth = 0;
    for (let at = 0; at < n; at++) {
      if (bytes[at] !== LT) continue;
      // XML allows no "<" inside a tag; refusing it also stops a parser that reads the part in
      // chunks from finding, past a chunk edge, tags this scan took for an attribute's value.
      if (at < consumed) this.fail('a "<" inside a tag');
      if (bytes[at + 1] === SLASH) {
        if (depth > 0) depth--;
        continue;
      }
      let end = at + 1;
      while (end < n && isName(bytes[end]!)) end++;
      if (end === at + 1) continue;
      const kind = kindOf(bytes, at + 1, end);
      if (kind === 'sheetData') this.inSheet = true;
      const close =
        kind && kind !== 'sheetData' && this.inSheet ? this.tag(kind, end) : this.tagEnd(end);
      if (close < 0) this.fail('a tag is cut short');
      consumed = close + 1;
      if (bytes[close - 1] !== SLASH && ++depth > this.limits.maxDepth)
        this.fail(`elements are nested over ${this.limits.maxDepth} deep`);
    }
    const rows = this.maxRow + this.rowsWithoutRef;
    if (rows > this.limits.maxRows)
      this.tooMany(`${count(rows)} rows`, this.limits.maxRows, 'rows');
    if (rows * this.maxColumn > this.limits.maxCells)
      this.tooMany(
        `${count(rows)} rows by ${count(this.maxColumn)} columns`,
        this.limits.maxCells,
        'cells',
      );
    return { rows, columns: this.maxColumn, cells: this.cells };
  }

  /** Checks a row or cell tag and returns where it ends. */
  private tag(kind: 'row' | 'c', start: number): number {
    const { refs, close } = this.attributes(kind, start);
    if (kind === 'row') {
      if (refs === 0) this.rowsWithoutRef++;
      return close;
    }
    if (refs === 0) this.fail('a cell (<c>) has no reference (r="B3")');
    if (++this.cells > this.limits.maxCells)
      this.tooMany(`over ${count(this.limits.maxCells)} cells`, this.limits.maxCells, 'cells');
    return close;
  }

  /**
   * Reads the tag's attributes, checking each `r` as it goes, and returns how many there were
   * and where the tag ends; anything but plain `name="value"` pairs is refused.
   */
  private attributes(kind: 'row' | 'c', start: number): { refs: number; close: number } {
    const { bytes } = this;
    let refs = 0;
    let at = start;
    for (;;) {
      const b = bytes[at];
      if (b === GT) return { refs, close: at };
      if (b === SLASH && bytes[at + 1] === GT) return { refs, close: at + 1 };
      if (b === undefined || !isSpace(b)) this.fail('a row or cell tag is malformed');
      while (isSpace(bytes[at] ?? 0)) at++;
      if (bytes[at] === GT || bytes[at] === SLASH) continue;
      const nameStart = at;
      while (at < bytes.length && isName(bytes[at]!)) at++;
      const quote = bytes[at + 1];
      if (at === nameStart || bytes[at] !== EQ || (quote !== 0x22 && quote !== 0x27))
        this.fail('a row or cell tag has an attribute without a quoted value');
      let end = at + 2;
      while (end < bytes.length && bytes[end] !== quote) {
        if (bytes[end] === LT) this.fail('an attribute holds "<"');
        end++;
      }
      if (end >= bytes.length) this.fail('a row or cell tag is cut short');
      if (matches(bytes, nameStart, at, 'r')) {
        refs++;
        if (kind === 'row') this.row(at + 2, end);
        else this.cell(at + 2, end);
      }
      at = end + 1;
    }
  }

  /**
   * The ">" that ends a tag, by the parser's own rule: a quote skips to the next quote of its
   * kind when there is one. Once a kind of quote has no later match none ever will, which keeps
   * the whole scan linear.
   */
  private tagEnd(from: number): number {
    const { bytes } = this;
    for (let k = from; k < bytes.length; k++) {
      const b = bytes[k];
      if (b === GT) return k;
      if (b !== 0x22 && b !== 0x27) continue;
      const last = b === 0x22 ? this.noDoubleFrom : this.noSingleFrom;
      const q = k + 1 >= last ? -1 : bytes.indexOf(b, k + 1);
      if (q >= 0) k = q;
      else if (b === 0x22) this.noDoubleFrom = Math.min(last, k + 1);
      else this.noSingleFrom = Math.min(last, k + 1);
    }
    return -1;
  }

  private row(from: number, to: number) {
    const n = digits(this.bytes, from, to);
    if (!(n >= 1)) this.fail(`the row number ${this.show(from, to)} is not a number from 1 up`);
    if (n > this.limits.maxRows) this.beyond(`row ${count(n)}`);
    if (n > this.maxRow) this.maxRow = n;
  }

  /** A1 to XFD1048576 in Excel; here A1 to the column and row caps. */
  private cell(from: number, to: number) {
    const { bytes } = this;
    let column = 0;
    let k = from;
    for (; k < to && k < from + 4 && bytes[k]! >= 0x41 && bytes[k]! <= 0x5a; k++)
      column = column * 26 + bytes[k]! - 64;
    const row = k > from && k <= from + 3 ? digits(bytes, k, to) : NaN;
    if (!(row >= 1))
      this.fail(`the cell reference ${this.show(from, to)} is not a reference like B3`);
    if (row > this.limits.maxRows || column > this.limits.maxColumns)
      this.beyond(`cell ${columnName(column)}${row}`);
    if (row > this.maxRow) this.maxRow = row;
    if (column > this.maxColumn) this.maxColumn = column;
  }

  /** A reference as a message shows it: quoted, escaped, and short. */
  private show(from: number, to: number): string {
    const text = new TextDecoder().decode(this.bytes.subarray(from, Math.min(to, from + 48)));
    return JSON.stringify(text.length > 24 ? `${text.slice(0, 24)}...` : text).replace(
      /[\u0080-\uffff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
    );
  }

  private fail(what: string): never {
    throw new WorkbookError(`${this.name}: ${what}`, 'damaged');
  }

  private beyond(what: string): never {
    throw new WorkbookError(
      `${this.name} has ${what}; Linchpin reads sheets of up to ${count(this.limits.maxRows)} rows and ${count(this.limits.maxColumns)} columns (${columnName(this.limits.maxColumns)})`,
      'limit',
    );
  }

  private tooMany(what: string, max: number, unit: string): never {
    throw new WorkbookError(
      `${this.name} holds ${what}; Linchpin reads at most ${count(max)} ${unit} from one sheet`,
      'limit',
    );
  }
}

/** The number written in bytes[from..to) with 1 to 7 digits and no leading zero, else NaN. */
function digits(bytes: Uint8Array, from: number, to: number): number {
  if (to - from < 1 || to - from > 7 || bytes[from] === 0x30) return NaN;
  let value = 0;
  for (let k = from; k < to; k++) {
    const d = bytes[k]! - 0x30;
    if (d < 0 || d > 9) return NaN;
    value = value * 10 + d;
  }
  return value;
}

export function columnName(n: number): string {
  let name = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    name = String.fromCharCode(65 + ((k - 1) % 26)) + name;
  return name;
}
