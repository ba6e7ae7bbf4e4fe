#include "network/view.h"

#include "core/json_schema.h"
#include "network/introductions.h"
#include "network/routes.h"
#include "network/wire.h"
#include "privacy/redaction.h"

namespace samla::network {
namespace {

using nlohmann::json;

json optional_number(const std::optional<double>& v) {
  return v ? json(*v) : json(nullptr);
}

using namespace schema;

json summary_schema() {
  return complete({{"nodes", type("integer")},
                   {"edges", type("integer")},
                   {"density", type("number")},
                   {"components", type("integer")},
                   {"largest_component", type("integer")},
                   {"isolates", type("integer")},
                   {"communities", type("integer")},
                   {"community_sizes", array_of(type("integer"))},
                   {"modularity", type("number")},
                   {"cross_country_share", nullable("number")},
                   {"cross_sector_share", nullable("number")},
                   {"country_bridges", array_of(complete({{"countries", array_of(type("string"))},
                                                          {"stakeholders", type("integer")}}))},
                   {"betweenness_estimated", type("boolean")}});
}

}  // namespace

json summary_json(const Analysed& a) {
  const Metrics& m = a.metrics;
  // The five pairs of countries most joined, for the plain summary.
  json bridges = json::array();
  for (std::size_t i = 0; i < m.country_bridges.size() && i < 5; ++i)
    bridges.push_back({{"countries", {m.country_bridges[i].a, m.country_bridges[i].b}},
                       {"stakeholders", m.country_bridges[i].stakeholders}});
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
          {"country_bridges", bridges},
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

json introductions_json(const Analysed& analysed, const std::vector<Introduction>& found,
                        const std::string& language,
                        const std::function<std::string(const std::string&)>& theme_name) {
  const Graph& g = analysed.graph;
  json items = json::array();
  for (const auto& i : found) {
    auto end = [&](std::size_t n) {
      return json{{"id", node_key(g.nodes[n].stakeholder)},
                  {"person_id", g.nodes[n].stakeholder.id},
                  {"name", g.nodes[n].name},
                  {"country", g.nodes[n].country ? json(*g.nodes[n].country) : json(nullptr)},
                  {"community", analysed.metrics.nodes[n].community},
                  {"degree", analysed.metrics.nodes[n].degree}};
    };
    items.push_back({{"a", end(i.a)},
                     {"b", end(i.b)},
                     {"score", i.score},
                     {"shared_themes", i.shared_themes},
                     {"bridges_communities", i.bridges_communities},
                     {"bridges_countries", i.bridges_countries},
                     {"first_contact", i.first_contact},
                     {"reason", reason_of(g, analysed.metrics, i, language, theme_name)}});
  }
  return {{"as_of", analysed.day}, {"items", items}};
}

Graph visible_graph(const Graph& g, const privacy::Viewer& viewer) {
  Graph out = g;
  for (auto& n : out.nodes) privacy::redact_perspectives(n.perspectives, viewer);
  return out;
}

// The schemas of what this file writes, beside the writers; ties come from their field table.
json openapi_schemas() {
  using namespace schema;
  json schemas;
  add_tie_schemas(schemas);
  json node = complete({{"id", {{"type", "string"}, {"description", "p:ID or o:ID"}}},
                        {"kind", {{"type", "string"}, {"enum", {"person", "organisation"}}}},
                        {"record_id", type("integer")},
                        {"name", type("string")},
                        {"country", nullable("string")},
                        {"sector", nullable("string")},
                        {"perspectives", array_of(type("string"))},
                        {"themes", array_of(type("string"))},
                        {"degree", type("integer")},
                        {"weighted_degree", type("number")},
                        {"betweenness", type("number")},
                        {"eigenvector", type("number")},
                        {"community", {{"type", "integer"}, {"description", "0: the largest"}}},
                        {"component", {{"type", "integer"}, {"description", "0: the largest"}}},
                        {"broker", type("boolean")}});
  json edge = complete({{"source", type("string")},
                        {"target", type("string")},
                        {"weight", type("number")},
                        {"types", array_of(type("string"))},
                        {"co_participations", type("integer")},
                        {"tie_ids", array_of(type("integer"))}});
  schemas["NetworkView"] = complete({{"as_of", type("string")},
                                     {"version", nullable("integer")},
                                     {"summary", summary_schema()},
                                     {"nodes", array_of(node)},
                                     {"edges", array_of(edge)},
                                     {"brokers", array_of(type("string"))},
                                     {"isolates", array_of(type("string"))}});
  json point = summary_schema();
  point["properties"]["as_of"] = type("string");
  point["properties"]["event"] = {
      {"type", json::array({"object", "null"})},
      {"properties", {{"id", type("integer")}, {"title", type("string")}}}};
  point["required"].push_back("as_of");
  point["required"].push_back("event");
  schemas["NetworkTrends"] = complete({{"points", array_of(point)}});
  json person = complete({{"id", type("string")},
                          {"person_id", type("integer")},
                          {"name", type("string")},
                          {"country", nullable("string")},
                          {"community", type("integer")},
                          {"degree", type("integer")}});
  schemas["Introductions"] =
      complete({{"as_of", type("string")},
                {"items", array_of(complete({{"a", person},
                                             {"b", person},
                                             {"score", type("number")},
                                             {"shared_themes", array_of(type("string"))},
                                             {"bridges_communities", type("boolean")},
                                             {"bridges_countries", type("boolean")},
                                             {"first_contact", type("boolean")},
                                             {"reason", type("string")}}))}});
  schemas["IntroductionNoteInput"] =
      object({{"person_ids",
               {{"type", "array"}, {"items", type("integer")}, {"minItems", 2}, {"maxItems", 2}}},
              {"text", {{"type", "string"}, {"minLength", 1}, {"maxLength", 2000}}}},
             {"person_ids", "text"});
  schemas["IntroductionNote"] =
      complete({{"note", type("string")},
                {"contacts", array_of(complete({{"person_id", type("integer")},
                                                {"interaction_id", type("integer")}}))}});
  return schemas;
}

}  // namespace samla::network
