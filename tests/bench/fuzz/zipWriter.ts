/**
 * A zip writer that can lie: every entry states its own method, sizes and CRC, and extra
 * directory names can point at another entry's bytes. Enough to build the zip bombs of issue 11
 * in memory at run time (nothing large is ever committed or written to disk).
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface RawEntry {
  name: string;
  /** 0 stored, 8 deflate, anything else to test refusal. */
  method: number;
  packed: Uint8Array;
  /** What the headers declare. */
  size: number;
  crc: number;
  flags?: number;
}

/** An honest deflated (or stored) entry. */
export function entry(name: string, data: Uint8Array | string, method: 0 | 8 = 8): RawEntry {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return {
    name,
    method,
    packed: method === 8 ? deflateRawSync(bytes) : bytes,
    size: bytes.length,
    crc: crc32(bytes),
  };
}

/**
 * Raw deflate of `unit` repeated `times` times, built from one compressed copy of a 1 MiB run
 * so that 300 MB costs a few hundred KB and no 300 MB buffer: each run ends on a sync flush
 * (byte-aligned, not final) and an empty final block closes the stream. Returns the bytes and
 * the inflated length.
 */
export function repeatedDeflate(
  prefix: string,
  unit: string,
  times: number,
  suffix: string,
): { packed: Uint8Array; size: number } {
  const enc = (s: string) => new TextEncoder().encode(s);
  const perRun = Math.max(1, Math.floor((1 << 20) / unit.length));
  const sync = { finishFlush: constants.Z_SYNC_FLUSH, level: 9 };
  const run = deflateRawSync(enc(unit.repeat(perRun)), sync);
  const parts: Uint8Array[] = [deflateRawSync(enc(prefix), sync)];
  for (let left = times; left > 0; left -= perRun)
    parts.push(left >= perRun ? run : deflateRawSync(enc(unit.repeat(left)), sync));
  parts.push(deflateRawSync(enc(suffix)));
  return {
    packed: Buffer.concat(parts),
    size: prefix.length + unit.length * times + suffix.length,
  };
}

/** Writes the entries, then directory names that point at an earlier entry's local header. */
export function zipOf(
  entries: readonly RawEntry[],
  aliases: readonly { name: string; of: string }[] = [],
): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  const offsets = new Map<string, number>();
  let offset = 0;
  const dirEntry = (e: RawEntry, name: string, at: number) => {
    const n = Buffer.from(name);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE((e.flags ?? 0) | 0x800, 8);
    c.writeUInt16LE(e.method, 10);
    c.writeUInt32LE(e.crc >>> 0, 16);
    c.writeUInt32LE(e.packed.length, 20);
    c.writeUInt32LE(e.size >>> 0, 24);
    c.writeUInt16LE(n.length, 28);
    c.writeUInt32LE(at, 42);
    central.push(c, n);
  };
  for (const e of entries) {
    const n = Buffer.from(e.name);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE((e.flags ?? 0) | 0x800, 6);
    h.writeUInt16LE(e.method, 8);
    h.writeUInt32LE(e.crc >>> 0, 14);
    h.writeUInt32LE(e.packed.length, 18);
    h.writeUInt32LE(e.size >>> 0, 22);
    h.writeUInt16LE(n.length, 26);
    offsets.set(e.name, offset);
    local.push(h, n, Buffer.from(e.packed));
    dirEntry(e, e.name, offset);
    offset += 30 + n.length + e.packed.length;
  }
  for (const a of aliases) {
    const target = entries.find((e) => e.name === a.of)!;
    dirEntry(target, a.name, offsets.get(a.of)!);
  }
  const dirSize = central.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length + aliases.length, 8);
  end.writeUInt16LE(entries.length + aliases.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, ...central, end]));
}
