import type { RawRow } from '../db';

/**
 * A page of sealed rows as it crosses to a loader worker: the ids, and every row's sealed bytes
 * end to end in ONE buffer that is transferred, not copied. Cloning thousands of row objects
 * (each with its own byte array) was the page's single largest cost of opening a workspace.
 */
export interface PackedRows {
  ids: string[];
  bytes: Uint8Array;
  /** Where each row's bytes end in `bytes`. */
  ends: Uint32Array;
  /** Format 2 only: the clear workspace id each row carried, to compare with the sealed one. */
  clearWorkspaceIds?: (string | undefined)[];
}

export function packRows(rows: readonly RawRow[], keyField: string, legacy = false): PackedRows {
  let total = 0;
  for (const row of rows) total += row.env instanceof Uint8Array ? row.env.length : 0;
  const bytes = new Uint8Array(total);
  const ends = new Uint32Array(rows.length);
  let at = 0;
  rows.forEach((row, i) => {
    if (row.env instanceof Uint8Array) {
      bytes.set(row.env, at);
      at += row.env.length;
    }
    ends[i] = at;
  });
  return {
    ids: rows.map((row) => String(row[keyField])),
    bytes,
    ends,
    ...(legacy ? { clearWorkspaceIds: rows.map((r) => r.workspaceId as string | undefined) } : {}),
  };
}

/** The rows again, as views into the one buffer (no copies). */
export function unpackRows(packed: PackedRows, keyField: string): RawRow[] {
  let from = 0;
  return packed.ids.map((id, i) => {
    const to = packed.ends[i] as number;
    const row: RawRow = { [keyField]: id, env: packed.bytes.subarray(from, to) };
    const clear = packed.clearWorkspaceIds?.[i];
    if (clear !== undefined) row.workspaceId = clear;
    from = to;
    return row;
  });
}
