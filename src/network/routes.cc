#include "network/routes.h"

#include "http/handler_support.h"
#include "http/record_responses.h"
#include "network/wire.h"

namespace samla::network {
namespace {

using namespace http::route_names;

// The filters a network request names.
NetworkFilters filters_of(const Request& r) {
  return {r.query_param("as_of"), r.query_param("types"), r.query_param("theme"),
          r.query_param("country_group"), r.query_param("include")};
}

Response network_view(NetworkService& svc, Request& r) {
  SAMLA_ASSIGN_OR_PROBLEM(NetworkQuery q, svc.query(filters_of(r)));
  SAMLA_ASSIGN_OR_PROBLEM(auto viewer, svc.viewer(r.caller(), r.language));
  // edges=false leaves the edges out: a large network's tables need only the nodes.
  const bool with_edges = r.query_param("edges").value_or("true") != "false";
  SAMLA_ASSIGN_OR_PROBLEM(std::string body, svc.view(q, viewer, with_edges));
  return http::text_response(200, "application/json", std::move(body));
}

Response network_export(NetworkService& svc, Request& r) {
  SAMLA_ASSIGN_OR_PROBLEM(NetworkQuery q, svc.query(filters_of(r)));
  SAMLA_ASSIGN_OR_PROBLEM(auto viewer, svc.viewer(r.caller(), r.language));
  SAMLA_ASSIGN_OR_PROBLEM(NetworkFile file,
                          svc.export_file(q, viewer, r.query_param("format").value_or("graphml")));
  return http::file_response(file.content_type, file.filename, std::move(file.body));
}

// The network after each event held: ties, the share across countries, the largest component.
Response network_trends(NetworkService& svc, Request& r) {
  SAMLA_ASSIGN_OR_PROBLEM(NetworkQuery q, svc.query(filters_of(r)));
  const std::string every = r.query_param("every").value_or("event");
  if (every != "event" && every != "month")
    return http::problem_response(
        invalid_field("every", Msg::must_be_values, {{"values", "event\nmonth"}}));
  SAMLA_ASSIGN_OR_PROBLEM(json trends, svc.trends(q, every));
  return http::json_response(200, trends);
}

Response network_introductions(NetworkService& svc, Request& r) {
  SAMLA_ASSIGN_OR_PROBLEM(NetworkQuery q, svc.query(filters_of(r)));
  SAMLA_ASSIGN_OR_PROBLEM(json found, svc.introductions(q, r.language));
  return http::json_response(200, found);
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
    return http::problem_response(invalid_field("text", Msg::must_be_text));
  SAMLA_ASSIGN_OR_PROBLEM(
      auto noted,
      svc.note_introduction(ids, text.is_string() ? text.get<std::string>() : "", r.caller()));
  json contacts = json::array();
  for (const auto& c : noted.contacts)
    contacts.push_back({{"person_id", c.person_id}, {"interaction_id", c.interaction_id}});
  return http::json_response(200, {{"note", noted.text}, {"contacts", contacts}});
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
    return invalid_field(param, Msg::must_be_positive_whole_number);
  }
  return std::optional<Stakeholder>();
}

void add_tie_routes(std::vector<http::Route>& out, NetworkService* svc) {
  out.push_back({"GET",
                 "/api/v1/ties",
                 Action::read_register,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto of, tie_filter(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto viewer, svc->viewer(r.caller(), r.language));
                   return http::list_response(svc->ties(of, viewer));
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
         SAMLA_ASSIGN_OR_PROBLEM(auto viewer, svc->viewer(r.caller(), r.language));
         return http::record_response(svc->record_tie(input, viewer), 201, "ties");
       },
       {"Record a relationship between two stakeholders", "network", "TieInput", "Tie", {}, 201}});
  out.push_back({"GET",
                 "/api/v1/ties/{id}",
                 Action::read_register,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto viewer, svc->viewer(r.caller(), r.language));
                   return http::record_response(svc->tie(id, viewer), 200, "ties");
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
                   SAMLA_ASSIGN_OR_PROBLEM(auto viewer, svc->viewer(r.caller(), r.language));
                   return http::record_response(svc->replace_tie(id, input, version, viewer), 200,
                                                "ties");
                 },
                 {"Replace a tie (If-Match: its ETag)", "network", "TieInput", "Tie", {}, 200}});
  out.push_back({"DELETE",
                 "/api/v1/ties/{id}",
                 Action::write_register,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto version, http::if_match_version(r));
                   return http::no_content_or_problem(svc->delete_tie(id, version, r.caller()));
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
  std::vector<std::string> trend_params = filters;
  trend_params.push_back("every");
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
                 {"The network after each event held (every=event, the default) or on the "
                  "first day of each month since the first (every=month), and today",
                  "network", std::nullopt, "NetworkTrends", trend_params, 200}});
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
                 {"Keep a suggested introduction in the contact history: a note of today with "
                  "each of the two people (GET /api/v1/interactions?person_id=…)",
                  "network",
                  "IntroductionNoteInput",
                  "IntroductionNote",
                  {},
                  200}});
  return out;
}

}  // namespace samla::network
