import type { Classification } from '../../../shared/model';
import { classificationMarking, highestClassification } from '../../../shared/model';
import type { ChartHandle } from '../canvas/ChartCanvas';
import type { LegendContent } from '../legendInUse';
import { composePng } from './composePng';
import type { ExportFrame } from './composeSvg';
import { composeSvg } from './composeSvg';
import { legendRows } from './legendRows';

export interface ExportFile {
  suggestedName: string;
  data: Uint8Array | string;
  mimeType: string;
}

/**
 * The marking is the highest of the workspace's own and every record on the chart: an export
 * must never be marked lower than what it shows.
 */
export function exportFrame(
  workspaceName: string,
  classifications: Iterable<Classification>,
  legend: LegendContent,
  today: string,
): ExportFrame {
  const marking = classificationMarking(highestClassification(classifications));
  return {
    marking,
    title: `${workspaceName}: association chart, ${today}`,
    legend: legendRows(legend),
  };
}

/** A file name from the workspace name, safe on every desktop file system. */
export function exportName(workspaceName: string, today: string, ext: 'png' | 'svg'): string {
  const base =
    workspaceName
      .replace(/[^\p{L}\p{N} _-]+/gu, '')
      .trim()
      .replace(/\s+/g, '-') || 'chart';
  return `${base}-chart-${today}.${ext}`;
}

export async function exportChart(
  chart: ChartHandle,
  format: 'png' | 'svg',
  frame: ExportFrame,
  name: string,
): Promise<ExportFile> {
  if (format === 'svg') {
    return {
      suggestedName: name,
      data: composeSvg(await chart.chartSvg(1), frame),
      mimeType: 'image/svg+xml',
    };
  }
  const png = await composePng(await chart.chartPng(2), frame, 2);
  return { suggestedName: name, data: png, mimeType: 'image/png' };
}
