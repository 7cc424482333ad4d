import { describe, expect, it } from 'vitest';
import { runCli, tempFiles } from './runCli';

describe('linchpin command errors', () => {
  const files = tempFiles({
    'good.csv': 'source,target,weight\na,b,1\nb,c,2\n',
    'malformed.csv': 'source,target,weight\na,b,1\nb,c\n',
    'badweight.csv': 'source,target,weight\na,b,1\n\nb,c,lots\n',
    'negative.csv': 'source,target,weight\na,b,-3\n',
    'noheader.csv': 'a,b\nb,c\n',
    'emptyend.csv': 'source,target\na,\n',
    'nodes.csv': 'id,label\na,Alpha\nb,"Bravo, the runner"\n',
    'dupnodes.csv': 'id\na\na\n',
  });

  const analyse = (...args: string[]) => runCli(['analyse', ...args]);

  it.each([
    [
      'a row with too few fields',
      ['--edges', files['malformed.csv']!],
      /malformed\.csv line 3: expected 3 fields/,
    ],
    [
      'a weight that is not a number',
      ['--edges', files['badweight.csv']!],
      /badweight\.csv line 4: the weight "lots" is not a number/,
    ],
    [
      'a negative weight',
      ['--edges', files['negative.csv']!],
      /negative\.csv line 2: the weight -3 is negative/,
    ],
    [
      'a missing header',
      ['--edges', files['noheader.csv']!],
      /noheader\.csv line 1: the first line must be a header naming the columns source,target/,
    ],
    [
      'an empty endpoint',
      ['--edges', files['emptyend.csv']!],
      /emptyend\.csv line 2: the source and target must both be filled in/,
    ],
    [
      'an edge endpoint missing from --nodes',
      ['--edges', files['good.csv']!, '--nodes', files['nodes.csv']!],
      /good\.csv line 3: node "c" is not listed in the nodes file \(--nodes was given/,
    ],
    [
      'a node listed twice',
      ['--edges', files['good.csv']!, '--nodes', files['dupnodes.csv']!],
      /dupnodes\.csv line 3: node "a" is listed twice/,
    ],
    [
      'a file that does not exist',
      ['--edges', '/nonexistent/edges.csv'],
      /Cannot read \/nonexistent\/edges\.csv: no such file/,
    ],
  ])('rejects %s with exit code 1 and a message naming the line', (_name, args, message) => {
    const run = analyse(...args);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it.each([
    ['no --edges', ['analyse'], /needs --edges/],
    [
      'an unknown option',
      ['analyse', '--edges', 'x.csv', '--colour', 'red'],
      /Unknown option "--colour"/,
    ],
    [
      'a bad format',
      ['analyse', '--edges', 'x.csv', '--format', 'xml'],
      /--format must be json or csv/,
    ],
    [
      'a bad thread count',
      ['analyse', '--edges', 'x.csv', '--threads', '0'],
      /--threads must be a whole number/,
    ],
    ['an unknown command', ['analyze-everything'], /Unknown command/],
    ['convert without --out', ['convert', '--in', 'x.anx'], /--out/],
  ])('rejects %s with exit code 2', (_name, args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('--help prints usage and exits 0', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/linchpin analyse --edges EDGES\.csv/);
  });

  it("convert --help prints convert's own usage (--map, --gexf-version) and exits 0", () => {
    const run = runCli(['convert', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage:\n {2}linchpin convert/);
    expect(run.stdout).toMatch(/--gexf-version {2}1\.2draft/);
  });

  it('a labelled node with a quoted comma and an isolate from --nodes are read correctly', () => {
    const f = tempFiles({
      'e.csv': 'source,target\na,b\n',
      'n.csv': 'id,label\na,A\nb,"B, quoted"\nc,Isolated\n',
    });
    const out = JSON.parse(analyse('--edges', f['e.csv']!, '--nodes', f['n.csv']!).stdout) as {
      graph: { nodes: number; components: number };
    };
    expect(out.graph).toMatchObject({ nodes: 3, components: 2 });
  });
});
