import { DEFAULT_KDF as VAULT_KDF } from '../../crypto/kdf';
import { issue, type FormatIssue } from '../result';

/**
 * The only key-derivation settings a bundle may ask for. The header is read before any
 * passphrase and its settings are run as given, so a crafted one could otherwise ask Argon2
 * for 512 MiB x 20 passes x 8 lanes (16 s and 637 MB per attempt). The ceiling is the vault's
 * own production setting (128 MiB x 4 passes): no bundle costs more to open than unlocking the
 * vault. The floors are Argon2id's own (RFC 9106), so small test settings still open.
 */
export const BUNDLE_KDF_RANGE = {
  minMemoryKiB: 8,
  maxMemoryKiB: VAULT_KDF.memoryKiB,
  minIterations: 1,
  maxIterations: 10,
  minParallelism: 1,
  maxParallelism: 4,
  /** Memory times passes: the work one attempt does. */
  maxCostKiB: VAULT_KDF.memoryKiB * VAULT_KDF.iterations,
  saltBytes: { min: 16, max: 64 },
  ivBytes: 12,
} as const;

export interface HeaderKdf {
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  saltBytes: number;
  ivBytes: number;
}

const mib = (kib: number) => `${Math.round((kib / 1024) * 10) / 10} MiB`;

/** One issue naming every way the header's settings leave the range; none when inside it. */
export function kdfRangeIssues(k: HeaderKdf): FormatIssue[] {
  const r = BUNDLE_KDF_RANGE;
  const problems: string[] = [];
  if (k.memoryKiB < Math.max(r.minMemoryKiB, 8 * k.parallelism) || k.memoryKiB > r.maxMemoryKiB)
    problems.push(`${mib(k.memoryKiB)} of memory (at most ${mib(r.maxMemoryKiB)})`);
  if (k.iterations < r.minIterations || k.iterations > r.maxIterations)
    problems.push(`${k.iterations} passes (1 to ${r.maxIterations})`);
  if (k.parallelism < r.minParallelism || k.parallelism > r.maxParallelism)
    problems.push(`${k.parallelism} lanes (1 to ${r.maxParallelism})`);
  if (problems.length === 0 && k.memoryKiB * k.iterations > r.maxCostKiB)
    problems.push(
      `${mib(k.memoryKiB)} x ${k.iterations} passes (at most ${mib(r.maxCostKiB)} x 1 in all)`,
    );
  if (k.saltBytes < r.saltBytes.min || k.saltBytes > r.saltBytes.max)
    problems.push(`a salt of ${k.saltBytes} bytes (${r.saltBytes.min} to ${r.saltBytes.max})`);
  if (k.ivBytes !== r.ivBytes) problems.push(`an IV of ${k.ivBytes} bytes (${r.ivBytes})`);
  if (problems.length === 0) return [];
  return [
    issue(
      'header',
      `The bundle asks for key-derivation settings Linchpin does not accept: ${problems.join(', ')}. It was not sealed by Linchpin, or it has been altered; nothing was run.`,
    ),
  ];
}
