import Graph from 'graphology';

/** Small graphs with answers worked out by hand. */
export function graphFrom(
  edges: [string, string, number?][],
  isolates: string[] = [],
  multi = false,
): Graph {
  const graph = new Graph({ type: 'undirected', multi, allowSelfLoops: true });
  for (const [a, b, w] of edges) {
    graph.mergeNode(a);
    graph.mergeNode(b);
    graph.addEdge(a, b, w === undefined ? {} : { strength: w });
  }
  for (const id of isolates) graph.mergeNode(id);
  return graph;
}

/** a - b - c - d - e */
export const path5 = () =>
  graphFrom([
    ['a', 'b'],
    ['b', 'c'],
    ['c', 'd'],
    ['d', 'e'],
  ]);

/** hub linked to l1..l4, no other links */
export const star5 = () =>
  graphFrom([
    ['hub', 'l1'],
    ['hub', 'l2'],
    ['hub', 'l3'],
    ['hub', 'l4'],
  ]);

/** triangles a-b-c and x-y-z joined by the bridge c-x */
export const twoTriangles = () =>
  graphFrom([
    ['a', 'b'],
    ['b', 'c'],
    ['a', 'c'],
    ['c', 'x'],
    ['x', 'y'],
    ['y', 'z'],
    ['x', 'z'],
  ]);

/** two 4-cliques joined through a single broker m: left - m - right */
export function barbell(): Graph {
  const edges: [string, string][] = [];
  for (const side of ['l', 'r']) {
    for (let i = 1; i <= 4; i++)
      for (let j = i + 1; j <= 4; j++) edges.push([`${side}${i}`, `${side}${j}`]);
  }
  edges.push(['l1', 'm'], ['m', 'r1']);
  return graphFrom(edges);
}
