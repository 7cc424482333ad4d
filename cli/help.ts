export const HELP = `linchpin: network analysis from the command line (no data leaves this machine).

Usage:
  linchpin analyse --edges EDGES.csv [--nodes NODES.csv] [--unweighted]
                   [--format json|csv] [--threads 1|2|...] [--seed N]
  linchpin convert --edges EDGES.csv [--nodes NODES.csv] --out FILE
  linchpin convert --in FILE [--nodes NODES.csv] --out FILE
  linchpin --help

convert
  Formats by extension: .graphml, .gexf, .anx, .json, .csv. Node ids from the CSVs survive as node
  ids (or as labels where the format needs ids of its own). Nothing is written if the input has an
  error. \`linchpin convert --help\` says more.

analyse
  --edges FILE    CSV with a header: source,target[,weight]. Direction is ignored, a link from a
                  node to itself is ignored, and repeated links between the same two nodes count
                  once (their weights add up for "strength").
  --nodes FILE    CSV with a header: id[,label]. Lists every node, including people with no links.
                  When given, every edge endpoint must be listed in it.
  --unweighted    Ignore the weight column: strength then equals degree.
  --format        json (default) or csv (one row per node).
  --threads       Threads for betweenness and closeness; default: all cores for networks of
                  2,000 nodes or more, one below that.
  --seed          Seed for Louvain communities (default 0): the same seed gives the same result.

Every measure is defined in docs/measures.md. Exit codes: 0 success, 1 bad input, 2 bad usage.
`;
