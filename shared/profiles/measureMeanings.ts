/**
 * Plain-English meanings of the measures analysis usually supplies, used when a measure
 * arrives without its own. Keys are the analysis registry's measure ids.
 */
export const MEASURE_MEANINGS: Readonly<Record<string, string>> = {
  degree: 'How many direct connections this record has on the map.',
  weighted_degree: 'How many direct connections, counting strong and frequent links more.',
  betweenness:
    'How often this record sits on the shortest route between two others: a broker or go-between.',
  closeness:
    'How few steps it takes to reach everyone else from here: how quickly something passes through it.',
  eigenvector:
    'How well connected this record is to other well-connected records: influence through associates.',
  pagerank: 'Influence from being linked to by other influential records.',
  k_core: 'How deep inside the tightly knit core of the network this record sits.',
  cut_vertex: 'Whether removing this record splits the network into separate parts.',
  key_player: 'How much removing this record, with the others chosen, would fragment the network.',
  community: 'Which closely connected cluster this record belongs to.',
};

export function meaningFor(measureId: string, given: string | undefined): string {
  return (
    given?.trim() || MEASURE_MEANINGS[measureId] || 'No description was supplied for this measure.'
  );
}
