import type { ExportFrame } from './composeSvg';
import { LEGEND_ROW, LEGEND_WIDTH, MARKING_HEIGHT } from './composeSvg';
import type { LegendRow } from './legendRows';
import { swatchShapes } from './legendSwatch';

/**
 * Frames the chart image as the SVG export does (marking, title, chart, legend, marking), drawn
 * with canvas text so the legend and markings are pixels of the same PNG.
 */
export async function composePng(
  chartPng: Blob,
  frame: ExportFrame,
  /** The scale the chart image was drawn at; the frame is drawn at the same scale. */
  ratio = 1,
): Promise<Uint8Array> {
  const chart = await createImageBitmap(chartPng);
  const chartWidth = chart.width / ratio;
  const chartHeight = chart.height / ratio;
  const legendHeight = 40 + frame.legend.length * LEGEND_ROW;
  const width = chartWidth + LEGEND_WIDTH;
  const height = Math.max(chartHeight, legendHeight) + 2 * MARKING_HEIGHT + 30;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * ratio);
  canvas.height = Math.ceil(height * ratio);
  const g = canvas.getContext('2d');
  if (!g) throw new Error('This computer could not draw the chart image. Try the SVG export.');
  g.scale(ratio, ratio);
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, width, height);
  g.fillStyle = '#000000';
  g.textAlign = 'center';
  g.font = '700 15px Arial, Helvetica, sans-serif';
  g.fillText(frame.marking, width / 2, 19);
  g.fillText(frame.marking, width / 2, height - MARKING_HEIGHT + 19);
  g.textAlign = 'left';
  g.font = '600 15px Arial, Helvetica, sans-serif';
  g.fillStyle = '#16191d';
  g.fillText(frame.title, 12, MARKING_HEIGHT + 20);
  const top = MARKING_HEIGHT + 30;
  g.drawImage(chart, 0, top, chartWidth, chartHeight);
  chart.close();
  g.font = '700 14px Arial, Helvetica, sans-serif';
  g.fillText('Legend', chartWidth + 16, top + 20);
  frame.legend.forEach((row, i) => drawRow(g, row, chartWidth + 16, top + 40 + i * LEGEND_ROW));
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The chart image could not be encoded as PNG. Try the SVG export.');
  return new Uint8Array(await blob.arrayBuffer());
}

function drawRow(g: CanvasRenderingContext2D, row: LegendRow, x: number, y: number): void {
  for (const shape of swatchShapes(row, x, y)) {
    g.save();
    const path = new Path2D(shape.d);
    if (shape.fill) {
      g.fillStyle = shape.fill;
      g.fill(path);
    }
    if (shape.stroke) {
      g.strokeStyle = shape.stroke;
      g.lineWidth = shape.strokeWidth ?? 1;
      g.lineCap = 'round';
      g.setLineDash(shape.dash ? [...shape.dash] : []);
      g.stroke(path);
    }
    g.restore();
  }
  g.font = '12px Arial, Helvetica, sans-serif';
  g.fillStyle = '#16191d';
  g.fillText(row.text, x + 30, y + 4);
}
