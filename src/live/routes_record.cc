#include "http/handler_support.h"
#include "live/routes.h"
#include "live/wire.h"

namespace samla::live {
namespace {

using nlohmann::json;

// An id or null in the body (null takes the idea out of its group).
Result<std::optional<std::int64_t>> optional_id_in(const json& body, const std::string& name) {
  if (!body.contains(name)) return invalid_field(name, Msg::required);
  const json& value = body[name];
  if (value.is_null()) return std::optional<std::int64_t>{};
  if (!value.is_number_integer() || value.get<std::int64_t>() < 1)
    return invalid_field(name, Msg::must_be_positive_id);
  return std::optional<std::int64_t>{value.get<std::int64_t>()};
}

}  // namespace

void add_record_routes(std::vector<http::Route>& out, LiveService* svc) {
  const auto run = Action::run_live_sessions;
  out.push_back({"POST",
                 "/api/v1/live/{id}/activities/{activity_id}/clusters",
                 run,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto activity, http::id_param(r, "activity_id"));
                   SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
                   SAMLA_ASSIGN_OR_PROBLEM(std::string title,
                                           http::optional_text_in(body, "title"));
                   auto made = svc->add_cluster(id, activity, title);
                   if (!made.ok()) return http::problem_response(made.error());
                   return http::json_response(201, to_json(*made));
                 },
                 {"Add a group of ideas to an ideas board",
                  "live",
                  "LiveClusterInput",
                  "LiveCluster",
                  {},
                  201}});
  out.push_back({"POST",
                 "/api/v1/live/{id}/inputs/{input_id}/cluster",
                 run,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto input, http::id_param(r, "input_id"));
                   SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto cluster, optional_id_in(body, "cluster_id"));
                   return http::json_or_problem(svc->set_input_cluster(id, input, cluster));
                 },
                 {"Put an idea in a group of ideas (cluster_id: null takes it out)",
                  "live",
                  "LiveInputCluster",
                  "LiveActivityState",
                  {},
                  200}});
  out.push_back({"GET",
                 "/api/v1/live/{id}/activities/{activity_id}/opinion-groups",
                 run,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto activity, http::id_param(r, "activity_id"));
                   return http::json_or_problem(svc->opinion_groups(id, activity));
                 },
                 {"Opinion groups from the votes on the statements: a map (PCA), 2–5 groups "
                  "(k-means, k by silhouette), each statement's agreement per group, consensus "
                  "and division; no breakdown for fewer than three",
                  "live",
                  std::nullopt,
                  "LiveOpinionGroups",
                  {},
                  200}});
  out.push_back({"POST",
                 "/api/v1/live/{id}/promote",
                 run,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
                   SAMLA_ASSIGN_OR_PROBLEM(PromoteRequest request, promote_from_json(body));
                   auto made = svc->promote(id, request, r.caller(), r.language);
                   if (!made.ok()) return http::problem_response(made.error());
                   return http::json_response(201, to_json(*made));
                 },
                 {"Carry an idea, a group of ideas, a statement or a poll's result into the "
                  "event's key insights, outcomes or action points, or an idea or dot-voted item "
                  "into the initiative list, keeping where it came from",
                  "live",
                  "LivePromote",
                  "LivePromotion",
                  {},
                  201}});
  out.push_back({"POST",
                 "/api/v1/live/find",
                 std::nullopt,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
                   SAMLA_ASSIGN_OR_PROBLEM(std::string token,
                                           http::optional_text_in(body, "rsvp_token"));
                   return http::json_or_problem(svc->find_for_invitation(token));
                 },
                 {"The open live sessions of the event one's personal link is for (the RSVP "
                  "page's way in)",
                  "live",
                  "LiveFind",
                  "LiveFound",
                  {},
                  200}});
}

}  // namespace samla::live
