// The few papaparse calls Linchpin makes, typed here instead of through @types/papaparse, whose
// `/// <reference types="node" />` would quietly give shared/ Node's globals (Buffer, process)
// and defeat tsconfig.shared.json's promise that shared/ runs anywhere.
declare module 'papaparse' {
  export interface ParseError {
    type: string;
    code: string;
    message: string;
    row?: number;
  }
  export interface ParseConfig {
    delimiter?: string;
    header?: boolean;
    skipEmptyLines?: boolean | 'greedy';
    newline?: string;
  }
  export interface ParseResult<T> {
    data: T[];
    errors: ParseError[];
    meta: { delimiter: string; linebreak: string; aborted: boolean; truncated: boolean };
  }
  export interface UnparseConfig {
    newline?: string;
    /** Prefix cells starting with =, +, -, @, tab or CR with an apostrophe. */
    escapeFormulae?: boolean;
    quotes?: boolean;
    delimiter?: string;
  }
  export function parse<T>(input: string, config?: ParseConfig): ParseResult<T>;
  export function unparse(
    data: { fields: string[]; data: (string | number)[][] } | (string | number)[][],
    config?: UnparseConfig,
  ): string;
  const Papa: { parse: typeof parse; unparse: typeof unparse };
  export default Papa;
}
