// The network as files other tools open: GraphML and GEXF (Gephi, NetworkX, Cytoscape) with
// every node's attributes and metrics, and CSV node and edge lists.
#pragma once

#include <string>

#include "network/metrics.h"
#include "network/model.h"

namespace samla::network {

std::string to_graphml(const Graph& g, const Metrics& m);
std::string to_gexf(const Graph& g, const Metrics& m, const std::string& day);
std::string nodes_csv(const Graph& g, const Metrics& m);
std::string edges_csv(const Graph& g);

}  // namespace samla::network
