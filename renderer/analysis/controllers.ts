/**
 * The controllers exposure is measured against: the `top` suspects by betweenness (brokers who
 * hold the network together), plus everyone recorded as controlling someone or running a line.
 * Ties keep the suspects' order, so the choice is the same on every run.
 */
export function chooseControllers(
  betweenness: Float64Array,
  index: ReadonlyMap<string, number>,
  suspects: readonly string[],
  named: readonly string[],
  top: number,
): string[] {
  const ranked = suspects
    .filter((id) => index.has(id))
    .map((id, order) => ({ id, order, value: betweenness[index.get(id)!]! }))
    .sort((a, b) => b.value - a.value || a.order - b.order)
    .slice(0, Math.max(0, top))
    .map((s) => s.id);
  const chosen = new Set(ranked);
  for (const id of named) if (index.has(id)) chosen.add(id);
  return [...chosen];
}
