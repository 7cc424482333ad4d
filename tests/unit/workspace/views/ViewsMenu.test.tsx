import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../../renderer/workspace/filters/viewFilters';
import type { ViewFilters } from '../../../../renderer/workspace/filters/viewFilters';
import { toStoredFilters } from '../../../../renderer/workspace/filters/storedFilters';
import type { SavedView } from '../../../../renderer/workspace/views/savedView';
import { ViewsMenu } from '../../../../renderer/workspace/views/ViewsMenu';

const view = (id: string, name: string, filters: ViewFilters = NO_FILTERS): SavedView => ({
  id,
  workspaceId: 'ws_1',
  name,
  filters: toStoredFilters(filters),
  positions: {},
  styling: {},
  layout: 'force',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const noop = () => undefined;

describe('ViewsMenu markup', () => {
  it('lists saved views by name, each described, with named apply and delete buttons', () => {
    const views = new Map([
      [
        'v2',
        view('v2', 'Summer 2025', { ...NO_FILTERS, dateFrom: '2025-06-01', dateTo: '2025-08-31' }),
      ],
      ['v1', view('v1', 'Phones only', { ...NO_FILTERS, entityKinds: ['phone'] })],
    ]);
    const html = renderToStaticMarkup(
      <ViewsMenu
        views={views}
        current={{ filters: NO_FILTERS, layout: 'grid' }}
        onSave={noop}
        onApply={noop}
        onDelete={noop}
      />,
    );
    expect(html).toContain('aria-expanded="false"');
    expect(html).toContain('Views (2)');
    expect(html.indexOf('Phones only')).toBeLessThan(html.indexOf('Summer 2025'));
    expect(html).toContain('aria-label="Apply view Summer 2025"');
    expect(html).toContain('aria-label="Delete view Phones only"');
    expect(html).toContain('Filtered: only Phones.');
    expect(html).toContain('Now: Showing everything. Layout: grid.');
  });

  it('says when there is nothing saved yet', () => {
    const html = renderToStaticMarkup(
      <ViewsMenu
        views={new Map()}
        current={{ filters: NO_FILTERS, layout: 'force' }}
        onSave={noop}
        onApply={noop}
        onDelete={noop}
      />,
    );
    expect(html).toContain('No saved views in this workspace yet.');
  });
});
