import type { Scalar } from '../records';
import type { XmlElement } from '../xml/readXml';

const num = (text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) ? n : undefined;
};

const hex2 = (n: number) =>
  Math.max(0, Math.min(255, Math.round(n)))
    .toString(16)
    .padStart(2, '0');

/** Gephi's viz data (colour, position, size, shape, thickness) as `layout.*` imported values. */
export function vizOf(el: XmlElement): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const c of el.children) {
    const a = c.attrs;
    switch (c.name) {
      case 'color': {
        const [r, g, b] = [num(a.r), num(a.g), num(a.b)];
        if (a.hex) out['layout.colour'] = a.hex.startsWith('#') ? a.hex : `#${a.hex}`;
        else if (r !== undefined && g !== undefined && b !== undefined)
          out['layout.colour'] = `#${hex2(r)}${hex2(g)}${hex2(b)}`.toUpperCase();
        const alpha = num(a.a);
        if (alpha !== undefined && alpha < 1) out['layout.opacity'] = alpha;
        break;
      }
      case 'position':
        for (const axis of ['x', 'y', 'z'] as const) {
          const v = num(a[axis]);
          if (v !== undefined && !(axis === 'z' && v === 0)) out[`layout.${axis}`] = v;
        }
        break;
      case 'size': {
        const v = num(a.value);
        if (v !== undefined) out['layout.size'] = v;
        break;
      }
      case 'thickness': {
        const v = num(a.value);
        if (v !== undefined) out['layout.thickness'] = v;
        break;
      }
      case 'shape':
        if (a.value) out['layout.shape'] = a.value;
        break;
    }
  }
  return out;
}
