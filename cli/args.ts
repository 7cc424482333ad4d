import { UsageError } from './errors';

export interface AnalyseArgs {
  command: 'analyse';
  edges: string;
  nodes?: string;
  unweighted: boolean;
  format: 'json' | 'csv';
  threads?: number;
  seed: number;
}

export type CliArgs = AnalyseArgs | { command: 'help' } | { command: 'convert' };

const VALUE_FLAGS = new Set(['--edges', '--nodes', '--format', '--threads', '--seed']);

export function parseArgs(argv: readonly string[]): CliArgs {
  // convert has its own --help.
  if (argv[0] === 'convert') return { command: 'convert' };
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help')
    return { command: 'help' };
  const [command, ...rest] = argv;
  if (command !== 'analyse' && command !== 'analyze') {
    throw new UsageError(`Unknown command "${command}". Try "linchpin --help".`);
  }
  const values = new Map<string, string>();
  let unweighted = false;
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i]!;
    if (flag === '--unweighted') unweighted = true;
    else if (VALUE_FLAGS.has(flag)) {
      const value = rest[++i];
      if (value === undefined || value.startsWith('--'))
        throw new UsageError(`${flag} needs a value.`);
      values.set(flag, value);
    } else throw new UsageError(`Unknown option "${flag}" for analyse. Try "linchpin --help".`);
  }
  const edges = values.get('--edges');
  if (!edges) throw new UsageError('analyse needs --edges EDGES.csv.');
  const format = values.get('--format') ?? 'json';
  if (format !== 'json' && format !== 'csv')
    throw new UsageError(`--format must be json or csv, not "${format}".`);
  return {
    command: 'analyse',
    edges,
    nodes: values.get('--nodes'),
    unweighted,
    format,
    threads: optionalInteger(values.get('--threads'), '--threads', 1),
    seed: optionalInteger(values.get('--seed'), '--seed', 0) ?? 0,
  };
}

function optionalInteger(raw: string | undefined, flag: string, min: number): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new UsageError(`${flag} must be a whole number of at least ${min}, not "${raw}".`);
  return value;
}
