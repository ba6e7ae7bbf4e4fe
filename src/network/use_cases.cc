// The network's use cases over the analysed graph: the checked query, the view, the exports,
// the trends and the introductions (NetworkService in service.h; the cache in service.cc).
#include <algorithm>
#include <map>
#include <sstream>

#include "network/exports.h"
#include "network/graph.h"
#include "network/introductions.h"
#include "network/rules.h"
#include "network/service.h"
#include "network/store.h"
#include "network/view.h"
#include "register/store.h"

namespace samla::network {
namespace {

using nlohmann::json;

std::vector<std::string> split(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  std::string part;
  while (std::getline(in, part, ','))
    if (!part.empty()) out.push_back(part);
  return out;
}

}  // namespace

Result<NetworkQuery> NetworkService::query(const NetworkFilters& f) {
  NetworkQuery q;
  q.half_life_days = half_life_days_;
  std::vector<FieldError> errors;
  if (f.as_of && !f.as_of->empty()) {
    if (!is_real_day(*f.as_of)) errors.emplace_back("as_of", Msg::date_format);
    q.as_of = *f.as_of;
  }
  if (f.types && !f.types->empty()) {
    q.types = split(*f.types);
    for (const auto& t : q.types)
      if (std::find(tie_types().begin(), tie_types().end(), t) == tie_types().end())
        errors.emplace_back("types", Msg::not_a_tie_type, MessageParams{{"value", t}});
  }
  if (f.include && !f.include->empty()) {
    auto parts = split(*f.include);
    q.reported = std::count(parts.begin(), parts.end(), "reported") > 0;
    q.co_participation = std::count(parts.begin(), parts.end(), "co_participation") > 0;
    if (parts.size() != static_cast<std::size_t>(q.reported + q.co_participation))
      errors.emplace_back("include", Msg::must_list_tie_sources);
  }
  auto slug = [&](const char* name, const std::optional<std::string>& given, auto exists,
                  std::optional<std::string>& out) -> Status {
    if (!given || given->empty()) return ok_status();
    out = *given;
    SAMLA_ASSIGN(bool found, run(false, [&](storage::Session& s) { return exists(s, *given); }));
    if (!found) errors.emplace_back(name, Msg::no_such_slug, MessageParams{{"value", *given}});
    return ok_status();
  };
  SAMLA_TRY(slug("theme", f.theme, store::theme_exists, q.theme));
  SAMLA_TRY(slug("country_group", f.country_group, store::country_group_exists, q.country_group));
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return q;
}

Result<std::string> NetworkService::view(const NetworkQuery& q, const privacy::Viewer& viewer,
                                         bool with_edges) {
  SAMLA_ASSIGN(auto analysed, analyse(q));
  return view_body(*analysed, viewer, with_edges);
}

Result<NetworkFile> NetworkService::export_file(const NetworkQuery& q,
                                                const privacy::Viewer& viewer,
                                                const std::string& format) {
  const std::vector<std::string> formats{"graphml", "gexf", "nodes.csv", "edges.csv"};
  if (std::find(formats.begin(), formats.end(), format) == formats.end())
    return invalid_field("format", Msg::must_be_values,
                         {{"values", "graphml\ngexf\nnodes.csv\nedges.csv"}});
  SAMLA_ASSIGN(auto analysed, analyse(q));
  const Graph g = visible_graph(analysed->graph, viewer);
  NetworkFile file;
  file.filename = "samla-network-" + analysed->day + "." + format;
  if (format == "graphml") {
    file.body = to_graphml(g, analysed->metrics);
    file.content_type = "application/graphml+xml; charset=utf-8";
  } else if (format == "gexf") {
    file.body = to_gexf(g, analysed->metrics, analysed->day);
    file.content_type = "application/gexf+xml; charset=utf-8";
  } else if (format == "nodes.csv") {
    file.body = nodes_csv(g, analysed->metrics);
    file.content_type = "text/csv; charset=utf-8";
  } else {
    file.body = edges_csv(g);
    file.content_type = "text/csv; charset=utf-8";
  }
  return file;
}

Result<json> NetworkService::trends(const NetworkQuery& q, const std::string& every) {
  SAMLA_ASSIGN(auto held, run(false, [](storage::Session& s) { return store::held_events(s); }));
  json points = json::array();
  auto point = [&](const std::string& day, json event) -> Status {
    NetworkQuery at = q;
    at.as_of = day;
    SAMLA_ASSIGN(auto analysed, analyse(at));
    json p = summary_json(*analysed);
    p["as_of"] = day;
    p["event"] = std::move(event);
    points.push_back(std::move(p));
    return ok_status();
  };
  const std::string today = query_day(q);
  if (every == "month") {
    // From the month of the first event held (or of a year ago, before any) to today.
    std::string from = held.empty() ? today : held.front().day;
    if (held.empty() && today.size() == 10)
      from = std::to_string(std::stoi(today.substr(0, 4)) - 1) + today.substr(4, 3) + "-01";
    for (const auto& day : month_starts(from, today, kMaxMonthlyPoints))
      if (day != today) SAMLA_TRY(point(day, nullptr));
  } else {
    for (const auto& e : held) SAMLA_TRY(point(e.day, {{"id", e.id}, {"title", e.title}}));
  }
  SAMLA_TRY(point(today, nullptr));
  return json{{"points", points}};
}

Result<json> NetworkService::introductions(const NetworkQuery& q, Language language) {
  SAMLA_ASSIGN(auto analysed, analyse(q));
  const Graph& g = analysed->graph;
  const auto candidates = introduction_candidates(g, analysed->metrics);
  const auto isolated = isolated_people(g, analysed->metrics);
  std::vector<std::size_t> everyone = candidates;
  everyone.insert(everyone.end(), isolated.begin(), isolated.end());
  // Ties the network leaves out (conflict, other types, events) still make two people tied.
  SAMLA_ASSIGN(auto tied, run(false, [&](storage::Session& s) {
                 return tied_among(s, g, q, everyone, sources_);
               }));
  SAMLA_ASSIGN(auto themes,
               run(false, [&](storage::Session& s) { return registry::store::list_themes(s); }));
  std::map<std::string, std::string> names;
  for (const auto& t : themes) names[t.slug] = language == Language::sv ? t.name_sv : t.name_en;
  auto theme_name = [&](const std::string& slug) {
    auto it = names.find(slug);
    return it == names.end() || it->second.empty() ? slug : it->second;
  };
  return introductions_json(
      *analysed, suggest_introductions(g, analysed->metrics, candidates, tied, 20, isolated),
      language == Language::sv ? "sv" : "en", theme_name);
}

}  // namespace samla::network
