import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  WORKSPACE_ID,
  intel,
  link,
  mapOf,
  person,
  sampleId,
} from '../../../renderer/dev/factories';
import type { LoadedWorkspace } from '../../../renderer/store/api';
import { emptyWorkspaceMaps } from '../../../renderer/store/loaded-workspace';
import { buildElements } from '../../../renderer/workspace/elements';
import { Inspector } from '../../../renderer/workspace/inspector/Inspector';
import { Legend } from '../../../renderer/workspace/legend/Legend';
import { legendInUse } from '../../../renderer/workspace/legendInUse';
import { TableView } from '../../../renderer/workspace/table/TableView';

const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
const P = (n: number) => sampleId('ent', n);

function workspace(): LoadedWorkspace {
  const report = { ...intel(sampleId('int', 1), HOSTILE, '2025-01-02', HOSTILE) };
  const bad = {
    ...person(P(1), HOSTILE, { aliases: [HOSTILE] }),
    notes: HOSTILE,
    provenance: [report.id],
  };
  return {
    ...emptyWorkspaceMaps(),
    workspace: {
      id: WORKSPACE_ID,
      name: HOSTILE,
      description: '',
      classification: 'OFFICIAL',
      fictional: true,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    },
    entities: mapOf([bad, person(P(2), 'Plain Name')]),
    links: mapOf([
      link(sampleId('lnk', 1), P(1), P(2), 'associate', { label: HOSTILE, notes: HOSTILE }),
    ]),
    intel: mapOf([report]),
    version: 1,
    views: new Map(),
  };
}

/** Whatever the markup holds, no element may come from the label: only escaped text. */
function expectInert(html: string) {
  expect(html).not.toContain('<script');
  expect(html).not.toContain('<img src=x');
  expect(html).not.toContain('onerror="alert');
  expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;script&gt;');
}

const noop = async () => undefined;

describe('hostile labels and attributes render as text', () => {
  const loaded = workspace();
  const common = {
    loaded,
    today: '2025-06-01',
    onSelect: () => undefined,
    onCommand: noop,
    collapsed: new Set<string>(),
    onToggleCollapse: () => undefined,
  };

  it('in the inspector, for an entity and its provenance', () => {
    expectInert(
      renderToStaticMarkup(<Inspector {...common} selection={{ type: 'entity', id: P(1) }} />),
    );
  });

  it('in the inspector, for a link', () => {
    expectInert(
      renderToStaticMarkup(
        <Inspector {...common} selection={{ type: 'link', id: sampleId('lnk', 1) }} />,
      ),
    );
  });

  it('in the tables', () => {
    const html = renderToStaticMarkup(
      <TableView
        entities={loaded.entities}
        links={loaded.links}
        today="2025-06-01"
        selection={null}
        onSelect={() => undefined}
      />,
    );
    expectInert(html);
    expect(html).toContain('<caption>Entities');
    expect(html).toContain('scope="row"');
  });

  it('the legend names only kinds in use', () => {
    const html = renderToStaticMarkup(
      <Legend id="l" content={legendInUse(buildElements(loaded, '2025-06-01'))} />,
    );
    expect(html).toContain('Nominal (person)');
    expect(html).not.toContain('Vehicle');
  });
});
