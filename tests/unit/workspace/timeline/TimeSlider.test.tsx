import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { demoLoaded } from '../../../../renderer/dev/demoLoaded';
import { TimeSlider } from '../../../../renderer/workspace/timeline/TimeSlider';

const links = demoLoaded().links;
const noop = () => undefined;

describe('TimeSlider markup', () => {
  it('draws one bar a month of the demo period, with a summary for screen readers', () => {
    const html = renderToStaticMarkup(
      <TimeSlider links={links} from={undefined} to={undefined} onChange={noop} />,
    );
    // The demo runs October 2024 to October 2026: 25 months.
    expect(html.match(/<rect /g)).toHaveLength(25);
    expect(html).toMatch(
      /role="img" aria-label="Link activity by month, October 2024 to October 2026: 25 months; busiest/,
    );
    expect(html).toContain('Showing links active at any time.');
  });

  it('labels both thumbs and gives their values as dates', () => {
    const html = renderToStaticMarkup(
      <TimeSlider links={links} from="2025-03-01" to="2025-05-31" onChange={noop} bucket="month" />,
    );
    expect(html.match(/type="range"/g)).toHaveLength(2);
    expect(html).toContain('aria-valuetext="1 March 2025"');
    expect(html).toContain('aria-valuetext="31 May 2025"');
    expect(html).toContain('from 1 March 2025 to 31 May 2025 (92 days)');
    // Three bars (March to May) drawn as inside the period.
    expect(html.match(/wt-bar wt-bar-in/g)).toHaveLength(3);
    expect(html).toContain('>Play</button>');
  });

  it('says so when no link has a date', () => {
    const html = renderToStaticMarkup(
      <TimeSlider links={[{}, {}]} from={undefined} to={undefined} onChange={noop} />,
    );
    expect(html).toContain('No link in this workspace has a date');
  });
});
