#include "network/view.h"

#include "network/introductions.h"
#include "network/wire.h"
#include "privacy/redaction.h"

namespace samla::network {
namespace {

using nlohmann::json;

json optional_number(const std::optional<double>& v) {
  return v ? json(*v) : json(nullptr);
}

}  // namespace

json summary_json(const Analysed& a) {
  const Metrics& m = a.metrics;
  return {{"nodes", m.node_count},
          {"edges", m.edge_count},
          {"density", m.density},
          {"components", m.components},
          {"largest_component", m.largest_component},
          {"isolates", m.isolates.size()},
          {"communities", m.communities},
          {"community_sizes", m.community_sizes},
          {"modularity", m.modularity},
          {"cross_country_share", optional_number(m.cross_country_share)},
          {"cross_sector_share", optional_number(m.cross_sector_share)},
          {"betweenness_estimated", m.betweenness_estimated}};
}

namespace {

json node_json(const Node& n, const NodeMetrics& x, const privacy::Viewer& viewer) {
  return {{"id", node_key(n.stakeholder)},
          {"kind", kind_name(n.stakeholder.kind)},
          {"record_id", n.stakeholder.id},
          {"name", n.name},
          {"country", n.country ? json(*n.country) : json(nullptr)},
          {"sector", n.sector ? json(*n.sector) : json(nullptr)},
          {"perspectives", privacy::visible_perspectives(n.perspectives, viewer)},
          {"themes", n.themes},
          {"degree", x.degree},
          {"weighted_degree", x.weighted_degree},
          {"betweenness", x.betweenness},
          {"eigenvector", x.eigenvector},
          {"community", x.community},
          {"component", x.component},
          {"broker", x.broker}};
}

}  // namespace

std::string view_body(const Analysed& a, const privacy::Viewer& viewer, bool with_edges) {
  const Graph& g = a.graph;
  const Metrics& m = a.metrics;
  std::string out;
  out.reserve(g.nodes.size() * 360 + (with_edges ? g.edges.size() * 110 : 0) + 4096);
  auto add = [&](const json& j) { out += j.dump(-1, ' ', false, json::error_handler_t::replace); };
  auto add_keys = [&](const std::vector<std::size_t>& nodes) {
    out += '[';
    for (std::size_t k = 0; k < nodes.size(); ++k) {
      if (k) out += ',';
      add(node_key(g.nodes[nodes[k]].stakeholder));
    }
    out += ']';
  };
  out += "{\"as_of\":";
  add(a.day);
  out += ",\"brokers\":";
  add_keys(m.brokers);
  out += ",\"edges\":[";
  for (std::size_t k = 0; with_edges && k < g.edges.size(); ++k) {
    const Edge& e = g.edges[k];
    if (k) out += ',';
    add({{"source", node_key(g.nodes[e.a].stakeholder)},
         {"target", node_key(g.nodes[e.b].stakeholder)},
         {"weight", e.weight},
         {"types", e.types},
         {"co_participations", e.co_participations},
         {"tie_ids", e.tie_ids}});
  }
  out += "],\"isolates\":";
  add_keys(m.isolates);
  out += ",\"nodes\":[";
  for (std::size_t i = 0; i < g.nodes.size(); ++i) {
    if (i) out += ',';
    add(node_json(g.nodes[i], m.nodes[i], viewer));
  }
  out += "],\"summary\":";
  add(summary_json(a));
  out += ",\"version\":";
  add(a.version ? json(*a.version) : json(nullptr));
  out += '}';
  return out;
}

json introductions_json(const Analysed& analysed, const std::vector<Introduction>& found) {
  const Graph& g = analysed.graph;
  json items = json::array();
  for (const auto& i : found) {
    auto end = [&](std::size_t n) {
      return json{{"id", node_key(g.nodes[n].stakeholder)},
                  {"person_id", g.nodes[n].stakeholder.id},
                  {"name", g.nodes[n].name},
                  {"country", g.nodes[n].country ? json(*g.nodes[n].country) : json(nullptr)},
                  {"community", analysed.metrics.nodes[n].community}};
    };
    items.push_back({{"a", end(i.a)},
                     {"b", end(i.b)},
                     {"score", i.score},
                     {"shared_themes", i.shared_themes},
                     {"bridges_communities", i.bridges_communities},
                     {"bridges_countries", i.bridges_countries},
                     {"reason", reason_of(g, analysed.metrics, i)}});
  }
  return {{"as_of", analysed.day}, {"items", items}};
}

Graph visible_graph(const Graph& g, const privacy::Viewer& viewer) {
  Graph out = g;
  for (auto& n : out.nodes) privacy::redact_perspectives(n.perspectives, viewer);
  return out;
}

}  // namespace samla::network
