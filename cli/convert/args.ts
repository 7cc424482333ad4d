import type { GexfVersion } from '../../shared/formats/gexf/writeGexf';

export type ConvertArgs =
  | { ok: true; help: true }
  | {
      ok: true;
      help?: false;
      input: string;
      nodes?: string;
      out: string;
      /** An i2 type mapping (.json) for ANX input. */
      map?: string;
      gexfVersion?: GexfVersion;
    }
  | { ok: false; error: string };

const FLAGS = new Set(['--edges', '--in', '--nodes', '--out', '--map', '--gexf-version']);
const GEXF_VERSIONS = new Set(['1.2draft', '1.2', '1.3']);

/** Parses `--edges|--in FILE [--nodes FILE] [--map kinds.json] [--gexf-version 1.2draft|1.3] --out FILE`; `--flag=value` is accepted too. */
export function parseConvertArgs(argv: readonly string[]): ConvertArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { ok: true, help: true };
    const [flag = '', inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (!FLAGS.has(flag)) return { ok: false, error: `Unknown argument "${arg}".` };
    const value = inline ?? argv[++i];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--')))
      return {
        ok: false,
        error: `${flag} needs ${flag === '--gexf-version' ? 'a version (1.2draft or 1.3)' : 'a file name'}.`,
      };
    if (values.has(flag)) return { ok: false, error: `${flag} is given twice.` };
    values.set(flag, value);
  }
  if (values.has('--edges') && values.has('--in'))
    return { ok: false, error: 'Give either --edges or --in, not both.' };
  const input = values.get('--edges') ?? values.get('--in');
  if (!input)
    return { ok: false, error: 'Say what to convert with --edges EDGES.csv or --in FILE.' };
  if (values.has('--edges') && !/\.csv$/i.test(input))
    return { ok: false, error: '--edges expects a .csv edge list; use --in for other formats.' };
  const out = values.get('--out');
  if (!out) return { ok: false, error: 'Say where to write with --out FILE.' };
  const version = values.get('--gexf-version');
  if (version !== undefined && !GEXF_VERSIONS.has(version))
    return { ok: false, error: `--gexf-version must be 1.2draft or 1.3, not "${version}".` };
  if (version !== undefined && !/\.gexf$/i.test(out))
    return { ok: false, error: '--gexf-version goes with a .gexf output only.' };
  const map = values.get('--map');
  const nodes = values.get('--nodes');
  return {
    ok: true,
    input,
    out,
    ...(nodes ? { nodes } : {}),
    ...(map ? { map } : {}),
    ...(version ? { gexfVersion: version === '1.3' ? '1.3' : '1.2draft' } : {}),
  };
}
