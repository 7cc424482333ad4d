import type { Entity, Link } from '../../shared/model';
import type { ChartSource } from './elements';

/**
 * The workspace narrowed to what filters and the time slider leave visible, before any element
 * is built, so hidden records never reach the chart, the legend or the exports.
 */
export function visibleSource(
  source: ChartSource,
  visible: { entities: ReadonlySet<string>; links: ReadonlySet<string> } | null,
): ChartSource {
  if (!visible) return source;
  const entities = new Map<string, Entity>();
  for (const [id, e] of source.entities) if (visible.entities.has(id)) entities.set(id, e);
  const links = new Map<string, Link>();
  for (const [id, l] of source.links) {
    // A link is only drawn with both its ends, whatever the filter said about the link itself.
    if (visible.links.has(id) && entities.has(l.source) && entities.has(l.target)) links.set(id, l);
  }
  return { entities, links };
}
