import type { FlaggedExposure } from '../../shared/analysis';

export interface ExposureSummary {
  /** Hops to the nearest controller; null when no controller can be reached. */
  hops: number | null;
  controllerId: string | null;
  /** Whoever stands on most shortest routes to that controller (the likely go-between). */
  throughId: string | null;
}

/**
 * One line per flagged person from the worker's exposure rows: the nearest controller (ties by
 * the controllers' order, which is the worker's stable order) and the main go-between.
 */
export function summariseExposure(rows: readonly FlaggedExposure[]): Map<string, ExposureSummary> {
  const out = new Map<string, ExposureSummary>();
  for (const row of rows) {
    let best: FlaggedExposure['controllers'][number] | undefined;
    for (const c of row.controllers) {
      if (c.hops === null) continue;
      if (!best || best.hops === null || c.hops < best.hops) best = c;
    }
    out.set(row.flagged, {
      hops: best?.hops ?? null,
      controllerId: best?.controller ?? null,
      throughId: best?.between[0]?.id ?? null,
    });
  }
  return out;
}

/** Exposure as the safeguarding view's number (hops), only for those who can be reached. */
export function hopsByPerson(
  summary: ReadonlyMap<string, ExposureSummary>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [id, s] of summary) if (s.hops !== null) out[id] = s.hops;
  return out;
}

/** Plain words for the table: "2 steps from X, through Y". */
export function exposureWords(
  s: ExposureSummary | undefined,
  label: (id: string) => string,
): string {
  if (!s) return 'Not worked out';
  if (s.hops === null || !s.controllerId) return 'Not connected to any controller on the map';
  const steps = s.hops === 1 ? 'Directly linked to' : `${s.hops} steps from`;
  const through = s.throughId && s.hops > 1 ? `, mainly through ${label(s.throughId)}` : '';
  return `${steps} ${label(s.controllerId)}${through}`;
}
