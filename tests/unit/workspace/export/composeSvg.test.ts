import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { HOSTILE_LABEL } from '../../../../renderer/dev/demoLoaded';
import { composeSvg, makeInert } from '../../../../renderer/workspace/export/composeSvg';
import { escapeXml } from '../../../../renderer/workspace/export/escapeXml';
import { exportFrame, exportName } from '../../../../renderer/workspace/export/exportChart';
import { legendRows } from '../../../../renderer/workspace/export/legendRows';
import { legendInUse } from '../../../../renderer/workspace/legendInUse';

/** What cytoscape-svg hands over, with things a hostile or broken chart could carry. */
const CHART = `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="400" height="300">
<g onload="alert(1)"><path d="M0 0 L10 10" fill="red"/>
<text x="5" y="5">${escapeXml(HOSTILE_LABEL)} onclick="x"</text>
<image xlink:href="https://evil.example/track.png" width="5" height="5"/>
<image xlink:href="data:image/png;base64,AAAA" width="5" height="5"/>
<script>alert(2)</script></g></svg>`;

const legend = legendInUse({
  nodes: [{ id: 'a', label: 'a', kind: 'nominal', isGroup: false, safeguarding: 'child' }],
  edges: [
    {
      id: 'e',
      source: 'a',
      target: 'a',
      kind: 'supplies',
      label: '',
      strength: 3,
      weak: true,
      directed: true,
    },
  ],
});

function parse(svg: string) {
  expect(XMLValidator.validate(svg)).toBe(true);
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(svg) as unknown;
}

/** Every element name and attribute name in a parsed tree. */
function names(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => names(n, out));
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) {
      out.push(k);
      names(v, out);
    }
  return out;
}

describe('composeSvg', () => {
  const frame = exportFrame(HOSTILE_LABEL, ['OFFICIAL', 'SECRET'], legend, '2025-06-01');
  const svg = composeSvg(CHART, frame);

  it('is well-formed XML carrying the marking at top and bottom', () => {
    parse(svg);
    expect(svg.match(/>SECRET<\/text>/g)).toHaveLength(2);
  });

  it('leaves nothing that runs or fetches, while hostile text stays text', () => {
    const all = names(parse(svg));
    expect(all.filter((n) => /^script$/i.test(n))).toEqual([]);
    expect(all.filter((n) => /^@on/i.test(n))).toEqual([]);
    expect(svg).not.toContain('evil.example');
    expect(svg).toContain('data:image/png;base64,AAAA');
    expect(svg).toContain('&lt;script&gt;window.__pwned=2&lt;/script&gt;');
    // An "onclick=" inside a label is words in a text node, and stays as the analyst wrote it.
    expect(svg).toContain(' onclick="x"</text>');
  });

  it('explains the chart: a legend row per kind in use and the badges', () => {
    expect(frame.legend.map((r) => r.text)).toEqual(legendRows(legend).map((r) => r.text));
    expect(svg).toContain('Nominal (person)');
    expect(svg).toContain('>Supplies<');
    expect(svg).toContain('Round badge: child (under 18)');
  });

  it('refuses a chart that is not SVG, in words', () => {
    expect(() => composeSvg('<html></html>', frame)).toThrow(/could not be drawn as SVG/);
  });
});

describe('makeInert', () => {
  it('strips event attributes and remote references only inside tags', () => {
    expect(makeInert('<rect onclick="x" width="1"/>')).toBe('<rect width="1"/>');
    expect(makeInert('<a href="http://x">t</a>')).toBe('<a>t</a>');
    expect(makeInert('<text>say onclick="hi"</text>')).toBe('<text>say onclick="hi"</text>');
  });
});

describe('export names and markings', () => {
  it('marks an export with the highest classification on it', () => {
    expect(
      exportFrame('Op', ['OFFICIAL', 'OFFICIAL-SENSITIVE'], legend, '2025-06-01').marking,
    ).toBe('OFFICIAL-SENSITIVE');
  });
  it('suggests a file name safe on every desktop', () => {
    expect(exportName('Op <Kestrel>/../x', '2025-06-01', 'svg')).toBe(
      'Op-Kestrelx-chart-2025-06-01.svg',
    );
    expect(exportName('///', '2025-06-01', 'png')).toBe('chart-chart-2025-06-01.png');
  });
});
