import type { Box } from '../../../shared/geo';
import { OUTLINE_ATTRIBUTION } from '../../../shared/geo';
import { escapeXml } from '../export/escapeXml';
import type { Backdrop } from './backdrop';
import { BACKDROP_COLOURS as C, captionAt, captionSize } from './backdrop';
import { CREDIT, exportGeometry } from './exportGeometry';

const n = (x: number) => String(Math.round(x * 1000) / 1000);
const THIN = 'stroke-width="1" vector-effect="non-scaling-stroke" stroke-linejoin="round"';

/**
 * Lays the backdrop under the chart SVG that cytoscape-svg drew (first in the document, so
 * everything else is drawn over it), in an image grown where the strip's caption needs it, and
 * the outline's attribution over it in the corner. Nothing here can run or fetch: paths, a
 * rectangle and text, the text escaped.
 */
export function backdropUnderSvg(svg: string, bounds: Box, backdrop: Backdrop): string {
  const open = /<svg\b[^>]*>/i.exec(svg);
  const close = svg.lastIndexOf('</svg>');
  if (!open || close < 0) return svg;
  const size = (name: string) =>
    Number(new RegExp(`\\b${name}="([\\d.]+)`).exec(open[0])?.[1] ?? 0);
  const at = exportGeometry(bounds, { width: size('width'), height: size('height') }, backdrop);
  if (!at) return svg;
  const s = at.scale;
  const { width, height } = at;
  const parts = [
    `<rect x="0" y="0" width="${n(width)}" height="${n(height)}" fill="${C.sea}"/>`,
    `<g transform="matrix(${n(s)} 0 0 ${n(s)} ${n(-at.x1 * s)} ${n(-at.y1 * s)})">`,
  ];
  if (backdrop.outline) {
    parts.push(
      `<path d="${backdrop.outline.context}" fill="${C.context}" stroke="${C.contextCoast}" ${THIN}/>`,
      `<path d="${backdrop.outline.uk}" fill="${C.land}" stroke="${C.coast}" ${THIN}/>`,
    );
  }
  if (backdrop.strip) {
    const { box, caption } = backdrop.strip;
    const where = captionAt(box);
    parts.push(
      `<rect x="${n(box.x1)}" y="${n(box.y1)}" width="${n(box.x2 - box.x1)}" height="${n(box.y2 - box.y1)}" rx="16" fill="none" stroke="${C.frame}" stroke-dasharray="8 5" ${THIN}/>`,
      `<text x="${n(where.x)}" y="${n(where.y)}" font-size="${n(captionSize(box))}" font-weight="600" fill="${C.caption}">${escapeXml(caption)}</text>`,
    );
  }
  parts.push('</g>');
  const credit = backdrop.outline
    ? `<text x="${n(CREDIT.margin * s)}" y="${n(height - CREDIT.margin * s)}" font-size="${n(CREDIT.size * s)}" fill="${C.caption}" stroke="#ffffff" stroke-width="${n(3 * s)}" paint-order="stroke">${escapeXml(OUTLINE_ATTRIBUTION)}</text>`
    : '';
  // The image grows to hold the strip's caption: a new size, and the chart moved in by the offset.
  const tag = open[0]
    .replace(/\bwidth="[\d.]+"/, `width="${n(width)}"`)
    .replace(/\bheight="[\d.]+"/, `height="${n(height)}"`);
  const chart = svg.slice(open.index + open[0].length, close);
  return [
    svg.slice(0, open.index),
    tag,
    parts.join(''),
    `<g transform="translate(${at.offset.x} ${at.offset.y})">${chart}</g>`,
    credit,
    svg.slice(close),
  ].join('');
}
