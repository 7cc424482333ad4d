import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../../shared/formats/registry';
import { expectOk } from './helpers';
import { FIXTURES, fixtureBytes, fixtureContext } from './fixtureFiles';
import { PYTHON, requireTools, tempDir } from './externalTools';

/**
 * The networkx and igraph fixtures are what those tools write: this runs the script that made
 * them again, with the tools installed here, and reads both copies the same way.
 */
describe('fixtures written by networkx and igraph themselves', () => {
  const dir = tempDir('linchpin-real-tools-');
  beforeAll(() => {
    requireTools();
    execFileSync(PYTHON, [join(FIXTURES, 'generate_real_tools.py'), dir]);
  });

  it.each([
    ['networkx.graphml', 'graphml'],
    ['networkx.gexf', 'gexf'],
    ['igraph.graphml', 'graphml'],
  ] as const)('%s read from a fresh run equals the committed fixture', (name, format) => {
    const fresh = expectOk(
      readDocument(format, new Uint8Array(readFileSync(join(dir, name))), fixtureContext()),
    );
    const committed = expectOk(readDocument(format, fixtureBytes(name), fixtureContext()));
    expect(fresh.records).toEqual(committed.records);
    expect(fresh.warnings).toEqual(committed.warnings);
  });
});
