// The network's analytics, computed with igraph on the simple undirected graph: degree,
// weighted degree (strength), betweenness (shortest paths in hops), eigenvector centrality
// (weighted, the largest scaled to 1), Leiden communities optimising modularity (weighted,
// resolution 1, a fixed seed so the same network gives the same answer), density,
// components, isolates, brokers between communities, and the shares of ties that cross
// countries and sectors. docs/network.md says what each means.
#pragma once

#include <optional>
#include <vector>

#include "core/result.h"
#include "network/model.h"

namespace samla::network {

struct NodeMetrics {
  int degree = 0;
  double weighted_degree = 0;
  double betweenness = 0;
  double eigenvector = 0;
  int community = 0;            // 0 is the largest community
  int component = 0;            // 0 is the largest component
  int communities_reached = 0;  // distinct other communities among the neighbours
  // Tied into another community and on shortest paths between others: someone the
  // communities reach each other through, not merely a member of a clique that spans two.
  bool broker = false;
};

struct Metrics {
  std::vector<NodeMetrics> nodes;  // by node index
  int node_count = 0, edge_count = 0;
  double density = 0;
  int components = 0;
  int largest_component = 0;
  std::vector<std::size_t> isolates;
  int communities = 0;
  std::vector<int> community_sizes;  // largest first
  double modularity = 0;
  // Of the edges whose both ends have a known country (sector), the share across two.
  std::optional<double> cross_country_share, cross_sector_share;
  // For a plain summary ("3 people connect Finland with Sweden"): per pair of countries, how
  // many stakeholders have a tie across that border (counted on either side); most first,
  // then by the countries' codes.
  struct CountryBridge {
    std::string a, b;  // a < b
    int stakeholders = 0;
  };
  std::vector<CountryBridge> country_bridges;
  std::vector<std::size_t> brokers;    // nodes tied into another community, by betweenness
  bool betweenness_estimated = false;  // large graphs: from sampled sources, see compute_metrics
};

// `betweenness_sources`: 0 for exact betweenness (Brandes, every node a source); else the
// shortest paths from that many sources chosen at random (a fixed seed), scaled by
// nodes ÷ sources — Brandes and Pich's unbiased estimate, labelled so, for very large graphs.
Result<Metrics> compute_metrics(const Graph& g, int betweenness_sources = 0);

}  // namespace samla::network
