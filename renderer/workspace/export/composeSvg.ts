import type { LegendRow } from './legendRows';
import { escapeXml } from './escapeXml';
import { swatchShapes } from './legendSwatch';

export interface ExportFrame {
  /** Classification marking, printed at top and bottom. */
  marking: string;
  title: string;
  legend: LegendRow[];
}

export const MARKING_HEIGHT = 28;
export const LEGEND_WIDTH = 300;
export const LEGEND_ROW = 20;

/**
 * Takes the chart as cytoscape-svg drew it and frames it: marking bar, title, chart, legend,
 * marking bar. The chart's own XML is embedded only after stripping anything that could run
 * (scripts, event attributes, external references); labels in it were escaped by canvas2svg.
 */
export function composeSvg(chartSvg: string, frame: ExportFrame): string {
  const { width, height, inner } = chartBody(chartSvg);
  const legendHeight = 40 + frame.legend.length * LEGEND_ROW;
  const bodyHeight = Math.max(height, legendHeight);
  const totalWidth = Math.ceil(width + LEGEND_WIDTH);
  const totalHeight = Math.ceil(bodyHeight + 2 * MARKING_HEIGHT + 30);
  const marking = escapeXml(frame.marking);
  const bar = (y: number) =>
    `<rect x="0" y="${y}" width="${totalWidth}" height="${MARKING_HEIGHT}" fill="#ffffff"/>` +
    `<text x="${totalWidth / 2}" y="${y + 19}" text-anchor="middle" font-size="15" font-weight="700" fill="#000000">${marking}</text>`;
  const top = MARKING_HEIGHT + 30;
  const legend = frame.legend
    .map((row, i) => legendRowSvg(row, width + 16, top + 40 + i * LEGEND_ROW))
    .join('');
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${totalWidth}" height="${totalHeight}" viewBox="0 0 ${totalWidth} ${totalHeight}" font-family="Arial, Helvetica, sans-serif">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    bar(0),
    `<text x="12" y="${MARKING_HEIGHT + 20}" font-size="15" font-weight="600" fill="#16191d">${escapeXml(frame.title)}</text>`,
    `<g transform="translate(0 ${top})">${inner}</g>`,
    `<text x="${width + 16}" y="${top + 20}" font-size="14" font-weight="700" fill="#16191d">Legend</text>`,
    legend,
    bar(totalHeight - MARKING_HEIGHT),
    `</svg>`,
  ].join('\n');
}

function legendRowSvg(row: LegendRow, x: number, y: number): string {
  const text = `<text x="${x + 30}" y="${y + 4}" font-size="12" fill="#16191d">${escapeXml(row.text)}</text>`;
  const shapes = swatchShapes(row, x, y)
    .map((s) => {
      const attrs = [
        `d="${escapeXml(s.d)}"`,
        `fill="${s.fill ? escapeXml(s.fill) : 'none'}"`,
        s.stroke ? `stroke="${escapeXml(s.stroke)}" stroke-width="${s.strokeWidth ?? 1}"` : '',
        s.dash?.length ? `stroke-dasharray="${s.dash.join(' ')}" stroke-linecap="round"` : '',
      ];
      return `<path ${attrs.filter(Boolean).join(' ')}/>`;
    })
    .join('');
  return shapes + text;
}

/** The chart SVG's size and its content without the outer <svg> element, made inert. */
export function chartBody(svg: string): { width: number; height: number; inner: string } {
  const open = /<svg\b[^>]*>/i.exec(svg);
  const close = svg.lastIndexOf('</svg>');
  if (!open || close < 0) throw new Error('The chart could not be drawn as SVG for export.');
  const size = (name: string) =>
    Number(new RegExp(`\\b${name}="([\\d.]+)`).exec(open[0])?.[1] ?? 0);
  const inner = svg.slice(open.index + open[0].length, close);
  return { width: size('width'), height: size('height'), inner: makeInert(inner) };
}

/**
 * Defence in depth: nothing in an exported chart may run or fetch when the file is opened.
 * Attributes are only touched inside tags, never in text, where a hostile label is just words.
 */
export function makeInert(markup: string): string {
  return markup
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<script\b[^>]*>/gi, '')
    .replace(/<foreignObject\b[\s\S]*?<\/foreignObject\s*>/gi, '')
    .replace(/<[a-zA-Z][^<>]*>/g, (tag) =>
      tag
        .replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
        .replace(
          /\s+(?:xlink:)?href\s*=\s*("(?!data:image\/)[^"]*"|'(?!data:image\/)[^']*')/gi,
          '',
        ),
    );
}
