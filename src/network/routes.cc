#include "network/routes.h"

#include <algorithm>
#include <sstream>

#include "http/handler_support.h"
#include "network/exports.h"
#include "network/graph.h"
#include "network/introduction_note.h"
#include "network/introductions.h"
#include "network/rules.h"
#include "network/store.h"
#include "network/wire.h"
#include "register/model.h"

namespace samla::network {
namespace {

using access::Action;
using http::Request;
using http::Response;
using nlohmann::json;
using storage::Session;

std::vector<std::string> split(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  std::string part;
  while (std::getline(in, part, ','))
    if (!part.empty()) out.push_back(part);
  return out;
}

// The network a request asks for; 422 naming the parameter for anything unknown.
Result<NetworkQuery> query_of(NetworkService& svc, const Request& r) {
  NetworkQuery q;
  std::vector<FieldError> errors;
  if (auto v = r.query_param("as_of"); v && !v->empty()) {
    if (!is_real_day(*v)) errors.push_back({"as_of", "must be a date YYYY-MM-DD"});
    q.as_of = *v;
  }
  if (auto v = r.query_param("types"); v && !v->empty()) {
    q.types = split(*v);
    for (const auto& t : q.types)
      if (std::find(tie_types().begin(), tie_types().end(), t) == tie_types().end())
        errors.push_back({"types", "\"" + t + "\" is not a tie type"});
  }
  if (auto v = r.query_param("include"); v && !v->empty()) {
    auto parts = split(*v);
    q.reported = std::count(parts.begin(), parts.end(), "reported") > 0;
    q.co_participation = std::count(parts.begin(), parts.end(), "co_participation") > 0;
    if (parts.size() != static_cast<std::size_t>(q.reported + q.co_participation))
      errors.push_back({"include", "must list reported and/or co_participation"});
  }
  auto lookup = [&](const char* param, const char* sql, std::optional<std::string>& out) {
    auto v = r.query_param(param);
    if (!v || v->empty()) return ok_status();
    out = *v;
    auto found = svc.run(false, [&](Session& s) { return s.query(sql, {*v}); });
    if (!found.ok()) return Status(found.error());
    if (found->empty()) errors.push_back({param, "no such slug: \"" + *v + "\""});
    return ok_status();
  };
  SAMLA_TRY(lookup("theme", "SELECT 1 FROM themes WHERE slug = ?", q.theme));
  SAMLA_TRY(
      lookup("country_group", "SELECT 1 FROM country_groups WHERE slug = ?", q.country_group));
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return q;
}

// What this caller may see of the nodes: lived experience is special-category data.
Graph visible_graph(const Graph& g, const Request& r) {
  Graph out = g;
  if (access::can(r.caller(), Action::read_special_category)) return out;
  for (auto& n : out.nodes)
    n.perspectives.erase(std::remove(n.perspectives.begin(), n.perspectives.end(),
                                     std::string(registry::kLivedExperience)),
                         n.perspectives.end());
  return out;
}

json optional_number(const std::optional<double>& v) {
  return v ? json(*v) : json(nullptr);
}

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

json node_json(const Node& n, const NodeMetrics& x, bool show_lived_experience) {
  std::vector<std::string> perspectives;
  for (const auto& p : n.perspectives)
    if (show_lived_experience || p != std::string(registry::kLivedExperience))
      perspectives.push_back(p);
  return {{"id", node_key(n.stakeholder)},
          {"kind", n.stakeholder.kind == Stakeholder::Kind::person ? "person" : "organisation"},
          {"record_id", n.stakeholder.id},
          {"name", n.name},
          {"country", n.country ? json(*n.country) : json(nullptr)},
          {"sector", n.sector ? json(*n.sector) : json(nullptr)},
          {"perspectives", perspectives},
          {"themes", n.themes},
          {"degree", x.degree},
          {"weighted_degree", x.weighted_degree},
          {"betweenness", x.betweenness},
          {"eigenvector", x.eigenvector},
          {"community", x.community},
          {"component", x.component},
          {"broker", x.broker}};
}

// The view's JSON, written piece by piece: one document tree of a hundred thousand nodes
// costs seconds to build and copy, its pieces a fraction of that. Lived experience is left
// out of the perspectives unless the caller may see special-category data.
std::string view_body(const Analysed& a, bool show_lived_experience, bool with_edges) {
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
    add(node_json(g.nodes[i], m.nodes[i], show_lived_experience));
  }
  out += "],\"summary\":";
  add(summary_json(a));
  out += ",\"version\":";
  add(a.version ? json(*a.version) : json(nullptr));
  out += '}';
  return out;
}

Response network_view(NetworkService& svc, Request& r) {
  SAMLA_ASSIGN_OR_PROBLEM(NetworkQuery q, query_of(svc, r));
  SAMLA_ASSIGN_OR_PROBLEM(auto analysed, svc.analyse(q));
  // edges=false leaves the edges out: a large network's tables need only the nodes.
  const bool with_edges = r.query_param("edges").value_or("true") != "false";
  return http::text_response(
      200, "application/json",
      view_body(*analysed, access::can(r.caller(), Action::read_special_category), with_edges));
}

Response network_export(NetworkService& svc, Request& r) {
  const std::string format = r.query_param("format").value_or("graphml");
  const std::vector<std::string> formats{"graphml", "gexf", "nodes.csv", "edges.csv"};
  if (std::find(formats.begin(), formats.end(), format) == formats.end())
    return http::problem_response(
        invalid_fields({{"format", "must be graphml, gexf, nodes.csv or edges.csv"}}));
  SAMLA_ASSIGN_OR_PROBLEM(NetworkQuery q, query_of(svc, r));
  SAMLA_ASSIGN_OR_PROBLEM(auto analysed, svc.analyse(q));
  Graph g = visible_graph(analysed->graph, r);
  std::string body, type;
  if (format == "graphml") {
    body = to_graphml(g, analysed->metrics);
    type = "application/graphml+xml; charset=utf-8";
  } else if (format == "gexf") {
    body = to_gexf(g, analysed->metrics, analysed->day);
    type = "application/gexf+xml; charset=utf-8";
  } else if (format == "nodes.csv") {
    body = nodes_csv(g, analysed->metrics);
    type = "text/csv; charset=utf-8";
  } else {
    body = edges_csv(g);
    type = "text/csv; charset=utf-8";
  }
  Response response = http::text_response(200, type, std::move(body));
  response.set_header("Content-Disposition", "attachment; filename=\"samla-network-" +
                                                 analysed->day + "." + format + "\"");
  return response;
}

// The network after each event held: ties, the share across countries, the largest component.
Response network_trends(NetworkService& svc, Request& r) {
  SAMLA_ASSIGN_OR_PROBLEM(NetworkQuery q, query_of(svc, r));
  SAMLA_ASSIGN_OR_PROBLEM(auto held, svc.run(false, [&](Session& s) {
    return s.query(
        "SELECT id, title, substr(starts_at, 1, 10) FROM events WHERE status IN "
        "('held', 'reported', 'closed') ORDER BY starts_utc, id");
  }));
  json points = json::array();
  auto point = [&](const std::string& day, json event) -> Status {
    NetworkQuery at = q;
    at.as_of = day;
    SAMLA_ASSIGN(auto analysed, svc.analyse(at));
    json p = summary_json(*analysed);
    p["as_of"] = day;
    p["event"] = std::move(event);
    points.push_back(std::move(p));
    return ok_status();
  };
  for (const auto& row : held) {
    auto done = point(row.text(2), {{"id", row.integer(0)}, {"title", row.text(1)}});
    if (!done.ok()) return http::problem_response(done.error());
  }
  auto today = point(query_day(q), nullptr);
  if (!today.ok()) return http::problem_response(today.error());
  return http::json_response(200, {{"points", points}});
}

Response network_introductions(NetworkService& svc, Request& r) {
  SAMLA_ASSIGN_OR_PROBLEM(NetworkQuery q, query_of(svc, r));
  SAMLA_ASSIGN_OR_PROBLEM(auto analysed, svc.analyse(q));
  const Graph& g = analysed->graph;
  const auto candidates = introduction_candidates(g, analysed->metrics);
  // Ties the network leaves out (conflict, other types, events) still make two people tied.
  SAMLA_ASSIGN_OR_PROBLEM(
      auto tied, svc.run(false, [&](Session& s) { return tied_among(s, g, q, candidates); }));
  json items = json::array();
  for (const auto& i : suggest_introductions(g, analysed->metrics, candidates, tied)) {
    auto end = [&](std::size_t n) {
      return json{{"id", node_key(g.nodes[n].stakeholder)},
                  {"person_id", g.nodes[n].stakeholder.id},
                  {"name", g.nodes[n].name},
                  {"country", g.nodes[n].country ? json(*g.nodes[n].country) : json(nullptr)},
                  {"community", analysed->metrics.nodes[n].community}};
    };
    items.push_back({{"a", end(i.a)},
                     {"b", end(i.b)},
                     {"score", i.score},
                     {"shared_themes", i.shared_themes},
                     {"bridges_communities", i.bridges_communities},
                     {"bridges_countries", i.bridges_countries},
                     {"reason", reason_of(g, analysed->metrics, i)}});
  }
  return http::json_response(200, {{"as_of", analysed->day}, {"items", items}});
}

Response introduction_note(NetworkService& svc, Request& r) {
  SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
  std::vector<std::int64_t> ids;
  const json people = body.value("person_ids", json(nullptr));
  if (people.is_array())
    for (const auto& id : people)
      ids.push_back(id.is_number_integer() ? id.get<std::int64_t>() : 0);
  const json text = body.value("text", json(nullptr));
  if (!text.is_string() && !text.is_null())
    return http::problem_response(invalid_fields({{"text", "must be text"}}));
  SAMLA_ASSIGN_OR_PROBLEM(auto noted, svc.run(true, [&](Session& s) {
    return note_introduction(s, ids, text.is_string() ? text.get<std::string>() : "", r.caller());
  }));
  json items = json::array();
  for (const auto& p : noted.people) items.push_back({{"id", p.person_id}, {"version", p.version}});
  return http::json_response(200, {{"note", noted.line}, {"people", items}});
}

Response tie_response(NetworkService& svc, const Request& r, Result<Tie> t, int status) {
  if (!t.ok()) return http::problem_response(t.error());
  SAMLA_ASSIGN_OR_PROBLEM(auto viewer, svc.viewer(r.caller(), r.language));
  redact_tie(*t, viewer);
  Response response = http::json_response(status, to_json(t.value()));
  response.set_header("ETag", http::etag_for(t->version));
  if (status == 201) response.set_header("Location", "/api/v1/ties/" + std::to_string(t->id));
  return response;
}

Result<std::optional<Stakeholder>> tie_filter(const Request& r) {
  for (auto [param, kind] : {std::pair{"person", Stakeholder::Kind::person},
                             std::pair{"organisation", Stakeholder::Kind::organisation}}) {
    auto v = r.query_param(param);
    if (!v || v->empty()) continue;
    try {
      std::size_t used = 0;
      long long id = std::stoll(*v, &used);
      if (used == v->size() && id > 0) return std::optional<Stakeholder>(Stakeholder{kind, id});
    } catch (...) {
    }
    return invalid_fields({{param, "must be a positive whole number"}});
  }
  return std::optional<Stakeholder>();
}

void add_tie_routes(std::vector<http::Route>& out, NetworkService* svc) {
  out.push_back({"GET",
                 "/api/v1/ties",
                 Action::read_register,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto of, tie_filter(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto ties, svc->run(false, [&](Session& s) {
                     return store::list_ties(s, of);
                   }));
                   SAMLA_ASSIGN_OR_PROBLEM(auto viewer, svc->viewer(r.caller(), r.language));
                   json items = json::array();
                   for (auto t : ties) {
                     redact_tie(t, viewer);
                     items.push_back(to_json(t));
                   }
                   return http::json_response(
                       200, {{"items", items}, {"total", items.size()}, {"next", nullptr}});
                 },
                 {"List ties, all or of one stakeholder (person=ID or organisation=ID)",
                  "network",
                  std::nullopt,
                  "TieList",
                  {"person", "organisation"},
                  200}});
  out.push_back(
      {"POST",
       "/api/v1/ties",
       Action::write_register,
       [svc](Request& r) -> Response {
         SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
         SAMLA_ASSIGN_OR_PROBLEM(Tie input, tie_from_json(body));
         return tie_response(
             *svc, r,
             svc->run(true, [&](Session& s) { return store::insert_tie(s, input, r.caller()); }),
             201);
       },
       {"Record a relationship between two stakeholders", "network", "TieInput", "Tie", {}, 201}});
  out.push_back({"GET",
                 "/api/v1/ties/{id}",
                 Action::read_register,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   return tie_response(
                       *svc, r, svc->run(false, [&](Session& s) { return store::get_tie(s, id); }),
                       200);
                 },
                 {"Read one tie", "network", std::nullopt, "Tie", {}, 200}});
  out.push_back({"PUT",
                 "/api/v1/ties/{id}",
                 Action::write_register,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto version, http::if_match_version(r));
                   SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
                   SAMLA_ASSIGN_OR_PROBLEM(Tie input, tie_from_json(body));
                   return tie_response(*svc, r,
                                       svc->run(true,
                                                [&](Session& s) {
                                                  return store::update_tie(s, id, input, version,
                                                                           r.caller());
                                                }),
                                       200);
                 },
                 {"Replace a tie (If-Match: its ETag)", "network", "TieInput", "Tie", {}, 200}});
  out.push_back({"DELETE",
                 "/api/v1/ties/{id}",
                 Action::write_register,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto version, http::if_match_version(r));
                   auto done = svc->run(true, [&](Session& s) {
                     return store::delete_tie(s, id, version, r.caller());
                   });
                   return http::no_content_or_problem(done);
                 },
                 {"Delete a tie", "network", std::nullopt, std::nullopt, {}, 204}});
}

}  // namespace

std::vector<http::Route> routes(NetworkService& service) {
  NetworkService* svc = &service;
  std::vector<http::Route> out;
  add_tie_routes(out, svc);
  const std::vector<std::string> filters{"as_of", "types", "theme", "country_group", "include"};
  std::vector<std::string> view_params = filters;
  view_params.push_back("edges");
  out.push_back({"GET",
                 "/api/v1/network",
                 Action::read_register,
                 [svc](Request& r) { return network_view(*svc, r); },
                 {"The network as of a date with every node's metrics (degree, weighted degree, "
                  "betweenness, eigenvector, Leiden community) and the whole network's; "
                  "edges=false leaves the edge list out",
                  "network", std::nullopt, "NetworkView", view_params, 200}});
  std::vector<std::string> export_params = filters;
  export_params.push_back("format");
  out.push_back({"GET",
                 "/api/v1/network/export",
                 Action::export_register,
                 [svc](Request& r) { return network_export(*svc, r); },
                 {"The network as GraphML, GEXF, or CSV node or edge lists", "network",
                  std::nullopt, std::nullopt, export_params, 200}});
  out.push_back({"GET",
                 "/api/v1/network/trends",
                 Action::read_register,
                 [svc](Request& r) { return network_trends(*svc, r); },
                 {"The network after each event held, and today", "network", std::nullopt,
                  "NetworkTrends", filters, 200}});
  out.push_back({"GET",
                 "/api/v1/network/introductions",
                 Action::read_register,
                 [svc](Request& r) { return network_introductions(*svc, r); },
                 {"Suggested introductions: people not yet connected who share a theme and "
                  "would bridge communities or countries, with reasons",
                  "network", std::nullopt, "Introductions", filters, 200}});
  out.push_back({"POST",
                 "/api/v1/network/introductions/note",
                 Action::write_register,
                 [svc](Request& r) { return introduction_note(*svc, r); },
                 {"Keep a suggested introduction as a dated note on both people's records",
                  "network",
                  "IntroductionNoteInput",
                  "IntroductionNote",
                  {},
                  200}});
  return out;
}

}  // namespace samla::network
