import type { Box } from '../../../shared/geo';
import { OUTLINE_ATTRIBUTION } from '../../../shared/geo';
import type { Backdrop } from './backdrop';
import { BACKDROP_COLOURS as C, captionAt, captionSize } from './backdrop';
import { CREDIT, exportGeometry } from './exportGeometry';

const FONT = 'Arial, Helvetica, sans-serif';

/**
 * Paints the backdrop under the chart image Cytoscape drew on a transparent ground, in an image
 * grown where the strip's caption needs it, and the outline's attribution in the corner, so
 * the exported PNG shows what the screen does.
 */
export async function backdropUnderPng(
  chart: Blob,
  bounds: Box,
  backdrop: Backdrop,
): Promise<Blob> {
  const image = await createImageBitmap(chart);
  const at = exportGeometry(bounds, image, backdrop);
  const canvas = document.createElement('canvas');
  canvas.width = at?.width ?? image.width;
  canvas.height = at?.height ?? image.height;
  const g = canvas.getContext('2d');
  if (!g || !at) {
    image.close();
    return chart;
  }
  g.fillStyle = C.sea;
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.save();
  g.setTransform(at.scale, 0, 0, at.scale, -at.x1 * at.scale, -at.y1 * at.scale);
  // One image pixel at least, whatever the scale: hairlines vanish when printed.
  g.lineWidth = Math.max(1, at.scale) / at.scale;
  g.lineJoin = 'round';
  if (backdrop.outline) {
    shape(g, new Path2D(backdrop.outline.context), C.context, C.contextCoast);
    shape(g, new Path2D(backdrop.outline.uk), C.land, C.coast);
  }
  if (backdrop.strip) {
    const { box, caption } = backdrop.strip;
    g.setLineDash([8, 5]);
    g.strokeStyle = C.frame;
    g.beginPath();
    g.roundRect(box.x1, box.y1, box.x2 - box.x1, box.y2 - box.y1, 16);
    g.stroke();
    g.setLineDash([]);
    g.fillStyle = C.caption;
    g.font = `600 ${captionSize(box)}px ${FONT}`;
    const where = captionAt(box);
    g.fillText(caption, where.x, where.y);
  }
  g.restore();
  g.drawImage(image, at.offset.x, at.offset.y);
  image.close();
  if (backdrop.outline) credit(g, at.scale, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The chart image could not be encoded as PNG. Try the SVG export.');
  return blob;
}

function shape(g: CanvasRenderingContext2D, path: Path2D, fill: string, stroke: string): void {
  g.fillStyle = fill;
  g.fill(path);
  g.strokeStyle = stroke;
  g.stroke(path);
}

/** Bottom left, over the chart, with a white halo so it reads over land, sea or a line. */
function credit(g: CanvasRenderingContext2D, scale: number, height: number): void {
  g.font = `${CREDIT.size * scale}px ${FONT}`;
  g.lineWidth = 3 * scale;
  g.strokeStyle = '#ffffff';
  g.fillStyle = C.caption;
  const x = CREDIT.margin * scale;
  const y = height - CREDIT.margin * scale;
  g.strokeText(OUTLINE_ATTRIBUTION, x, y);
  g.fillText(OUTLINE_ATTRIBUTION, x, y);
}
