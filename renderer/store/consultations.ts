/**
 * What each view shows, described for the consultation log: the records by id, and a sentence
 * naming them, so the audit viewer's search for a name finds every time that record was seen.
 */
import { ENTITY_KINDS, linkSentence, type Entity, type Link } from '../../shared/model';
import type { AnalysisResult } from '../analysis/decode';
import type { Slide } from '../briefing/slides';
import type { LoadedWorkspace } from './api';
import type { Consultation } from './consultation';

const MAX_NAMED = 25;

function names(loaded: Pick<LoadedWorkspace, 'entities'>, ids: readonly string[]): string {
  const labels = ids.map((id) => loaded.entities.get(id)?.label).filter((l): l is string => !!l);
  const shown = labels.slice(0, MAX_NAMED).join(', ');
  return labels.length > MAX_NAMED ? `${shown} and ${labels.length - MAX_NAMED} more` : shown;
}

const kindOf = (e: Entity) => ENTITY_KINDS[e.kind].label;

export function inspectorConsultation(
  loaded: Pick<LoadedWorkspace, 'entities'>,
  entity: Entity | undefined,
  link: Link | undefined,
): Consultation | null {
  if (entity)
    return {
      kind: 'inspector',
      targets: [entity.id],
      detail: `Opened ${entity.label} (${kindOf(entity)}) in the inspector`,
    };
  if (link) {
    const label = (id: string) => loaded.entities.get(id)?.label ?? 'a record';
    return {
      kind: 'inspector',
      targets: [link.id, link.source, link.target],
      detail: `Opened the link "${linkSentence(link, label)}" in the inspector`,
    };
  }
  return null;
}

export function tableConsultation(
  entities: ReadonlyMap<string, Entity>,
  links: ReadonlyMap<string, Link>,
): Consultation {
  const ids = [...entities.keys()];
  return {
    kind: 'table',
    targets: ids,
    detail: `Table view listed ${entities.size} entities and ${links.size} links: ${names({ entities }, ids)}`,
  };
}

export function searchConsultation(
  loaded: Pick<LoadedWorkspace, 'entities'>,
  query: string,
  ids: readonly string[],
): Consultation | null {
  const q = query.trim();
  if (!q) return null;
  return {
    kind: 'search',
    targets: ids,
    detail: `Searched for "${q}": ${ids.length} result(s)${ids.length ? `: ${names(loaded, ids)}` : ''}`,
  };
}

export function analysisConsultation(
  loaded: Pick<LoadedWorkspace, 'entities'>,
  result: AnalysisResult | null,
): Consultation | null {
  switch (result?.kind) {
    case 'path':
      return {
        kind: 'path',
        targets: result.nodes ?? [],
        detail: result.nodes
          ? `Path query: ${names(loaded, result.nodes)}`
          : 'Path query: the two records are not connected',
      };
    case 'connecting':
      return {
        kind: 'path',
        targets: result.nodes,
        detail: `Connecting-network query: ${names(loaded, result.nodes)}`,
      };
    case 'exposure': {
      const ids = [...result.rows.map((r) => r.flagged), ...result.controllers];
      return {
        kind: 'exposure',
        targets: ids,
        detail: `Exposure query: ${result.rows.length} vulnerable people and ${result.controllers.length} controllers: ${names(loaded, ids)}`,
      };
    }
    case 'disruption':
      return {
        kind: 'key-player',
        targets: result.removed,
        detail: `Key-player query: ${names(loaded, result.removed)}`,
      };
    default:
      return null;
  }
}

/** A briefing slide on screen: what the room saw. */
export function briefingConsultation(slide: Slide | undefined): Consultation | null {
  if (slide?.kind === 'profile')
    return {
      kind: 'briefing',
      targets: slide.doc.disclosed.entityIds,
      detail: `Briefing: profile of ${slide.doc.subject.label} shown (as prepared for ${slide.doc.recipient.agency})`,
    };
  if (slide?.kind === 'view')
    return {
      kind: 'briefing',
      targets: slide.view.nodes.map((n) => n.id),
      detail: `Briefing: saved view "${slide.view.title}" shown (${slide.view.entities} entities)`,
    };
  return null;
}
