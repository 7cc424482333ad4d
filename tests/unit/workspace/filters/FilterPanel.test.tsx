import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { demoLoaded } from '../../../../renderer/dev/demoLoaded';
import { FilterPanel } from '../../../../renderer/workspace/filters/FilterPanel';
import { NO_FILTERS } from '../../../../renderer/workspace/filters/viewFilters';

const loaded = demoLoaded();
const noop = () => undefined;

describe('FilterPanel markup', () => {
  it('groups its controls in fieldsets with legends, one checkbox per kind in use', () => {
    const html = renderToStaticMarkup(
      <FilterPanel loaded={loaded} value={NO_FILTERS} onChange={noop} />,
    );
    for (const legend of [
      'Entity kinds',
      'Link kinds',
      'Grading (links)',
      'Period (links active)',
      'Ego network',
    ]) {
      expect(html).toContain(`<legend>${legend}</legend>`);
    }
    const phones = [...loaded.entities.values()].filter((e) => e.kind === 'phone').length;
    expect(html).toContain(
      `<span>Phones</span><span class="wf-count" aria-label="${phones} in workspace">${phones}</span>`,
    );
    // No entity of an unused kind gets a box; every box starts ticked when nothing is filtered.
    const boxes = html.match(/type="checkbox"/g)?.length ?? 0;
    const ticked = html.match(/type="checkbox" checked=""/g)?.length ?? 0;
    expect(boxes).toBe(7 + 17 + 2 + 1 + 1);
    expect(ticked).toBe(7 + 17 + 2 + 1);
    expect(html).toContain('Showing everything.');
  });

  it('disables the ego box until something is selected, and says why', () => {
    const none = renderToStaticMarkup(
      <FilterPanel loaded={loaded} value={NO_FILTERS} onChange={noop} />,
    );
    expect(none).toContain('Select one or more entities on the chart first.');
    const some = renderToStaticMarkup(
      <FilterPanel loaded={loaded} value={NO_FILTERS} onChange={noop} selection={['a', 'b']} />,
    );
    expect(some).toContain('2 selected.');
  });

  it('warns when the start date is after the end date', () => {
    const html = renderToStaticMarkup(
      <FilterPanel
        loaded={loaded}
        value={{ ...NO_FILTERS, dateFrom: '2026-01-01', dateTo: '2025-01-01' }}
        onChange={noop}
      />,
    );
    expect(html).toContain('role="alert"');
    expect(html).toContain('The start date is after the end date');
    expect(html).toContain('aria-invalid="true"');
  });
});
