import { betweenness } from './betweenness';
import { closeness } from './closeness';
import { coreNumber } from './coreNumber';
import type { Csr } from './csr';
import { degree, degreeCentrality, strength } from './degree';
import { eigenvector } from './eigenvector';
import { louvain } from './louvain';
import { pagerank } from './pagerank';
import type { SuiteField } from './suite';

/** A per-node measure described as data, so the interface can be generated from it. */
export interface MeasureDefinition {
  id: SuiteField;
  label: string;
  /** What the figure means to an analyst. */
  plainEnglish: string;
  /** How it is scaled, in words (see docs/measures.md for the formulas). */
  normalisation: string;
  /** Whether it reads link weights (only when the CSR was built with a weight source). */
  weighted: boolean;
  fn: (csr: Csr) => Float64Array | Int32Array;
}

export const MEASURES: readonly MeasureDefinition[] = [
  {
    id: 'degree',
    label: 'Degree',
    plainEnglish: 'How many others this entity is directly linked to.',
    normalisation: 'None: a count of distinct neighbours.',
    weighted: false,
    fn: degree,
  },
  {
    id: 'degree_centrality',
    label: 'Degree centrality',
    plainEnglish: 'The share of everyone else in the network this entity is directly linked to.',
    normalisation: 'Degree divided by the number of other nodes (n - 1).',
    weighted: false,
    fn: degreeCentrality,
  },
  {
    id: 'strength',
    label: 'Strength',
    plainEnglish:
      'Degree that counts how strong or frequent each link is, such as the number of calls.',
    normalisation: 'None: the sum of link weights; equal to degree when links carry no weight.',
    weighted: true,
    fn: strength,
  },
  {
    id: 'betweenness',
    label: 'Betweenness',
    plainEnglish:
      'How often this entity lies on the shortest routes between two others. High scores mark brokers and gatekeepers whose removal would cut people off.',
    normalisation:
      'None: the number of pairs of others whose shortest routes pass through it, each pair counted once, shared between routes.',
    weighted: false,
    fn: (csr) => betweenness(csr).raw,
  },
  {
    id: 'betweenness_normalized',
    label: 'Betweenness (normalised)',
    plainEnglish:
      'Betweenness as a share of the most any entity could have, so networks of different sizes compare.',
    normalisation: 'Betweenness multiplied by 2 / ((n - 1)(n - 2)), giving 0 to 1.',
    weighted: false,
    fn: (csr) => betweenness(csr).normalized,
  },
  {
    id: 'closeness',
    label: 'Closeness',
    plainEnglish:
      'How few steps this entity needs to reach everyone it can reach: who can spread word or goods fastest.',
    normalisation:
      'Number of reachable others divided by the sum of hops to them; 0 for an unlinked entity.',
    weighted: false,
    fn: (csr) => closeness(csr).closeness,
  },
  {
    id: 'closeness_wf',
    label: 'Closeness (whole network)',
    plainEnglish: 'Closeness discounted when the entity can only reach part of the network.',
    normalisation:
      'Closeness multiplied by the share of other nodes it can reach (Wasserman and Faust).',
    weighted: false,
    fn: (csr) => closeness(csr).wassermanFaust,
  },
  {
    id: 'eigenvector_l2',
    label: 'Eigenvector centrality',
    plainEnglish:
      'Linked to others who are themselves well linked: influence through well-connected associates.',
    normalisation:
      'Unit Euclidean length; 0 outside the most tightly linked connected part of the network.',
    weighted: false,
    fn: (csr) => eigenvector(csr).vector,
  },
  {
    id: 'pagerank',
    label: 'PageRank',
    plainEnglish: 'Importance by where someone wandering along links would most often end up.',
    normalisation: 'Damping 0.85; the scores of all entities add up to 1.',
    weighted: false,
    fn: (csr) => pagerank(csr),
  },
  {
    id: 'core_number',
    label: 'Core number',
    plainEnglish:
      'The most tightly knit layer this entity belongs to: higher means deeper inside the network.',
    normalisation:
      'None: the largest k such that it sits in a group where everyone has at least k links.',
    weighted: false,
    fn: coreNumber,
  },
  {
    id: 'community',
    label: 'Community',
    plainEnglish:
      'Which cluster of densely linked entities it belongs to, found without using any labels.',
    normalisation:
      'A community number (Louvain, best modularity of several seeded runs); numbers are labels, not ranks.',
    weighted: false,
    fn: (csr) => louvain(csr).community,
  },
];

export function measureById(id: string): MeasureDefinition {
  const found = MEASURES.find((m) => m.id === id);
  if (!found) throw new Error(`analysis: there is no measure called "${id}".`);
  return found;
}
