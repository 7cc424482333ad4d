import type { Scalar } from '../records';
import type { XmlElement } from '../xml/readXml';

/**
 * What yEd draws for a node or edge, from either dialect: yEd desktop (y:ShapeNode, y:GenericNode,
 * y:ProxyAutoBoundsNode for groups; y:Geometry, y:Fill, y:NodeLabel, y:Shape) or yEd Live / yFiles
 * for HTML (x:List of y:Label, y:RectD, yjs:ShapeNodeStyle). Kept as `layout.*` imported values
 * so a later export or layout can use them; the label becomes the record's label.
 */
export interface Drawing {
  label?: string;
  layout: Record<string, Scalar>;
  /** yEd arrows: both "none" means the edge is drawn without a direction. */
  undirected?: boolean;
}

function* descendants(el: XmlElement): Generator<XmlElement> {
  for (const c of el.children) {
    yield c;
    yield* descendants(c);
  }
}

/** A group node keeps one realizer per state (open, closed); the active one is what is shown. */
function activeParts(content: readonly XmlElement[]): XmlElement[] {
  return content.map((el) => {
    if (el.name !== 'ProxyAutoBoundsNode') return el;
    const realizers = el.children.find((c) => c.name === 'Realizers');
    const active = Number(realizers?.attrs.active ?? 0);
    return realizers?.children[Number.isInteger(active) ? active : 0] ?? el;
  });
}

const num = (text: string | undefined): number | undefined => {
  if (text === undefined || text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
};

function labelText(el: XmlElement): string | undefined {
  if (el.name === 'NodeLabel' || el.name === 'EdgeLabel') {
    if (el.attrs.visible === 'false') return undefined;
    return el.text.trim() || undefined;
  }
  if (el.name === 'Label.Text') return el.text.trim() || undefined;
  if (el.name === 'Label' && el.attrs.Text) return el.attrs.Text.trim() || undefined;
  return undefined;
}

/** yFiles for HTML writes colours as #AARRGGBB; yEd desktop as #RRGGBB. */
function colour(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const m = /^#([0-9a-f]{2})([0-9a-f]{6})$/i.exec(text.trim());
  return m ? `#${m[2]!.toUpperCase()}` : text.trim();
}

const arrow = (text: string | undefined) => Boolean(text) && !/type=none|^none$/i.test(text ?? '');

export function yedDrawing(content: readonly XmlElement[]): Drawing {
  const drawing: Drawing = { layout: {} };
  const layout = drawing.layout;
  const set = (name: string, value: Scalar | undefined) => {
    if (value !== undefined && value !== '' && layout[name] === undefined) layout[name] = value;
  };
  for (const root of activeParts(content)) {
    for (const el of [root, ...descendants(root)]) {
      drawing.label ??= labelText(el);
      const a = el.attrs;
      switch (el.name) {
        case 'Geometry':
          set('layout.x', num(a.x));
          set('layout.y', num(a.y));
          set('layout.width', num(a.width));
          set('layout.height', num(a.height));
          break;
        case 'RectD':
          set('layout.x', num(a.X));
          set('layout.y', num(a.Y));
          set('layout.width', num(a.Width));
          set('layout.height', num(a.Height));
          break;
        case 'Fill':
          if (a.transparent !== 'true') set('layout.colour', a.color);
          break;
        case 'SolidColorFill':
          set('layout.colour', colour(a.color));
          break;
        case 'Shape':
          set('layout.shape', a.type);
          break;
        case 'GenericNode':
        case 'GenericGroupNode':
          set('layout.shape', a.configuration);
          break;
        case 'ShapeNodeStyle':
          set('layout.shape', a.shape?.toLowerCase());
          set('layout.colour', colour(a.fill));
          break;
        case 'GroupNodeStyle':
          set('layout.colour', colour(a.tabFill ?? a.contentAreaFill));
          break;
        case 'LineStyle':
          set('layout.colour', a.color);
          break;
        case 'Arrows':
          drawing.undirected = (a.source ?? 'none') === 'none' && (a.target ?? 'none') === 'none';
          break;
        case 'Stroke':
          set('layout.colour', colour(a.fill ?? a.color));
          break;
        case 'PolylineEdgeStyle':
        case 'ArcEdgeStyle':
        case 'BezierEdgeStyle':
          set('layout.colour', colour(a.stroke));
          drawing.undirected = !arrow(a.targetArrow) && !arrow(a.sourceArrow);
          break;
      }
    }
  }
  return drawing;
}
