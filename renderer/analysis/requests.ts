import { measureById } from '../../shared/analysis';
import type { LinkWeighting } from './compactGraph';
import type { AnalysisQuery } from './protocol';

/**
 * The only places weights enter: a measure the registry marks as weighted (strength: the sum
 * of link strengths) and the strongest path (confidences). Everything else is unweighted.
 */
export function weightingFor(query: AnalysisQuery): LinkWeighting {
  if (query.kind === 'strongestPath') return 'confidence';
  if (query.kind === 'measure' && measureById(query.measure).weighted) return 'strength';
  return 'none';
}

/** A stable key for the cache: the same question asked twice gives the same key. */
export function queryKey(query: AnalysisQuery): string {
  switch (query.kind) {
    case 'measure':
      return `measure:${query.measure}${query.runs ? `:${query.runs}` : ''}`;
    case 'shortestPath':
    case 'strongestPath':
      return `${query.kind}:${query.from}>${query.to}`;
    case 'connecting':
    case 'whatIf':
      return `${query.kind}:${[...new Set(query.ids)].sort().join(',')}`;
    case 'keyPlayers':
      return `keyPlayers:${query.k}:${query.timeBudgetMs}`;
    case 'exposure':
      return [
        'exposure',
        query.top,
        [...query.flagged].sort().join(','),
        [...query.suspects].sort().join(','),
        [...query.named].sort().join(','),
      ].join(':');
  }
}

/** Names the compact graph the worker keeps for a workspace version and weighting. */
export function graphKey(workspaceId: string, version: number, weighting: LinkWeighting): string {
  return `${workspaceId}@${version}/${weighting}`;
}
