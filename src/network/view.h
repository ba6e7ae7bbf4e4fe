// The network on the wire: the view (nodes with their metrics, edges, the summary), the
// suggested introductions, and the graph the exports write. Every node's perspectives pass
// through privacy/redaction.h for the viewer, so lived experience reaches only those who may
// see it, in JSON and in every export format alike.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "network/introductions.h"
#include "network/service.h"
#include "privacy/viewer.h"

namespace samla::network {

// The whole network's figures: nodes, edges, density, components, communities, and more.
nlohmann::json summary_json(const Analysed& a);

// The view's JSON for `viewer`, written piece by piece: one document tree of a hundred
// thousand nodes costs seconds to build and copy, its pieces a fraction of that.
// with_edges=false leaves the edge list empty.
std::string view_body(const Analysed& a, const privacy::Viewer& viewer, bool with_edges);

// The suggested introductions with their reasons: {as_of, items}.
nlohmann::json introductions_json(const Analysed& a, const std::vector<Introduction>& found,
                                  const std::string& language,
                                  const std::function<std::string(const std::string&)>& theme_name);

// The graph as `viewer` may see it, for the exports.
Graph visible_graph(const Graph& g, const privacy::Viewer& viewer);

}  // namespace samla::network
