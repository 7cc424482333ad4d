export const HELP = `linchpin: network analysis from the command line (no data leaves this machine).

Usage:
  linchpin analyse --edges EDGES.csv [--nodes NODES.csv] [--unweighted]
                   [--format json|csv] [--threads 1|2|...] [--seed N]
  linchpin convert --edges EDGES.csv [--nodes NODES.csv] --out FILE
  linchpin convert --in FILE [--map kinds.json] [--gexf-version 1.2draft|1.3] --out FILE
  linchpin --help

convert
  Formats by extension: .graphml, .gexf, .anx, .json, .csv. Node ids from the CSVs survive as node
  ids (or as labels where the format needs ids of its own). Nothing is written if the input has an
  error; what was dropped or changed (self-loops, duplicates, blank numbers...) is counted on
  standard error. --map gives i2 entity types their kinds. \`linchpin convert --help\` says more.

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

The JSON's "graph" says how it counted: "weighted" lists the measures that used the weights
(only "strength"), "weights" says it in words, "louvain_runs" how many seeded runs the
communities are the best of. With --format csv the same sentence goes to standard error.
Input must be UTF-8 (a file in another encoding is refused, naming the line).

Every measure is defined in docs/measures.md. Exit codes: 0 success, 1 bad input, 2 bad usage.
`;
