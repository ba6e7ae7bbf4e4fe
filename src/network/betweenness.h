// Betweenness centrality of a simple undirected graph, counted in hops: Brandes' algorithm
// from every node (exact) or from a sample of sources (Brandes and Pich's estimate), with the
// sources shared among threads. igraph has the same algorithm but runs it on one core and,
// in Debian's build, under a global lock; on two cores this halves the slowest metric.
// Node indices and edge offsets are 32-bit: up to 2^31 edges, far beyond what fits in memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace samla::network {

// An undirected edge between two node indices below the node count; no self-loops, no
// duplicates (build_graph collapses them).
struct Link {
  std::uint32_t a = 0, b = 0;
};

// Each node's betweenness as igraph_betweenness gives it for an undirected graph: the number
// of shortest paths between other pairs that pass through it, each pair counted once and
// split evenly among its shortest paths.
//
// `sources` empty: every node is a source and the answer is exact. Otherwise only the listed
// sources are walked and the sums are scaled by node count ÷ sources, an unbiased estimate.
// `threads` 0: one per core; never more than 8. The figures do not depend on the count.
std::vector<double> betweenness(std::size_t node_count, const std::vector<Link>& links,
                                const std::vector<std::uint32_t>& sources = {},
                                unsigned threads = 0);

// `count` distinct nodes below `node_count`, chosen with a fixed seed so that the same
// network gives the same estimate.
std::vector<std::uint32_t> sample_sources(std::size_t node_count, std::size_t count);

}  // namespace samla::network
