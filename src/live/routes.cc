#include "live/routes.h"

#include "http/handler_support.h"
#include "http/record_responses.h"
#include "live/socket.h"
#include "live/wire.h"

namespace samla::live {
namespace {

using namespace http::route_names;

std::string live_token(const Request& r) {
  return r.header("x-live-token");
}

Response session_answer(const Result<LiveSession>& session, int status = 200) {
  if (!session.ok()) return http::problem_response(session.error());
  return http::record_answer(status, to_json(session.value()), session->version, "live",
                             session->id);
}

Response activity_answer(const Result<Activity>& activity, int status = 200) {
  if (!activity.ok()) return http::problem_response(activity.error());
  return http::record_answer(status, to_json(activity.value()), activity->version, "", 0);
}

Result<std::int64_t> since_of(const Request& r) {
  SAMLA_ASSIGN(auto since, http::integer_query(r, "since"));
  return since.value_or(0);
}

Result<bool> boolean_in(const json& body, const std::string& name) {
  const json value = body.value(name, json());
  if (!value.is_boolean()) return invalid_field(name, Msg::must_be_boolean);
  return value.get<bool>();
}

Result<std::int64_t> id_in(const json& body, const std::string& name) {
  const json value = body.value(name, json());
  if (!value.is_number_integer() || value.get<std::int64_t>() < 1)
    return invalid_field(name, Msg::must_be_positive_id);
  return value.get<std::int64_t>();
}

void add_facilitator_routes(std::vector<http::Route>& out, LiveService* svc) {
  const auto run = Action::run_live_sessions;
  out.push_back({"POST",
                 "/api/v1/live",
                 run,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
                   SAMLA_ASSIGN_OR_PROBLEM(std::string title,
                                           http::optional_text_in(body, "title"));
                   std::optional<std::int64_t> event_id;
                   if (body.contains("event_id") && !body["event_id"].is_null()) {
                     SAMLA_ASSIGN_OR_PROBLEM(event_id, id_in(body, "event_id"));
                   }
                   return session_answer(svc->create(title, event_id, r.caller()), 201);
                 },
                 {"Start a live session (of an event that is open or being held, or on its own): "
                  "its join code, link and QR code",
                  "live",
                  "LiveSessionInput",
                  "LiveSession",
                  {},
                  201}});
  out.push_back({"GET",
                 "/api/v1/live",
                 run,
                 [svc](Request&) -> Response {
                   auto sessions = svc->list();
                   if (!sessions.ok()) return http::problem_response(sessions.error());
                   json items = json::array();
                   for (const auto& s : *sessions) items.push_back(to_json(s));
                   return http::list_answer(std::move(items));
                 },
                 {"Live sessions, newest first (the last 200)",
                  "live",
                  std::nullopt,
                  "LiveSessionList",
                  {},
                  200}});
  out.push_back({"GET",
                 "/api/v1/live/{id}",
                 run,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   return http::json_or_problem(svc->console(id));
                 },
                 {"The facilitator's view: every activity with its ideas (hidden ones too) and "
                  "results",
                  "live",
                  std::nullopt,
                  "LiveState",
                  {},
                  200}});
  out.push_back({"POST",
                 "/api/v1/live/{id}/close",
                 run,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   return session_answer(svc->close(id, r.caller()));
                 },
                 {"Close the session: its code stops working and open activities close",
                  "live",
                  std::nullopt,
                  "LiveSession",
                  {},
                  200}});
  out.push_back(
      {"GET",
       "/api/v1/live/{id}/qr.svg",
       run,
       [svc](Request& r) -> Response {
         SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
         auto svg = svc->qr(id);
         if (!svg.ok()) return http::problem_response(svg.error());
         return http::text_response(200, "image/svg+xml", std::move(svg.value()));
       },
       {"The join link as a QR code (SVG)", "live", std::nullopt, std::nullopt, {}, 200}});
  out.push_back({"GET",
                 "/api/v1/live/{id}/changes",
                 run,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto since, since_of(r));
                   return http::json_or_problem(svc->changes(id, since));
                 },
                 {"What changed after ?since (a change number), oldest first",
                  "live",
                  std::nullopt,
                  "LiveChanges",
                  {"since"},
                  200}});
  out.push_back({"POST",
                 "/api/v1/live/{id}/activities",
                 run,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
                   SAMLA_ASSIGN_OR_PROBLEM(Activity a, activity_from_json(body));
                   return activity_answer(svc->add_activity(id, std::move(a)), 201);
                 },
                 {"Add an activity: an ideas board, a poll, dot voting, statements or a timer "
                  "(ready until opened)",
                  "live",
                  "LiveActivityInput",
                  "LiveActivity",
                  {},
                  201}});
  for (const char* status : {"open", "closed"}) {
    const std::string verb = std::string(status) == "open" ? "open" : "close";
    out.push_back({"POST",
                   "/api/v1/live/{id}/activities/{activity_id}/" + verb,
                   run,
                   [svc, status = std::string(status)](Request& r) -> Response {
                     SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                     SAMLA_ASSIGN_OR_PROBLEM(auto activity, http::id_param(r, "activity_id"));
                     return activity_answer(svc->set_activity_status(id, activity, status));
                   },
                   {verb == "open" ? "Open the activity for participants"
                                   : "Close the activity: no more answers; held results show",
                    "live",
                    std::nullopt,
                    "LiveActivity",
                    {},
                    200}});
  }
  out.push_back({"POST",
                 "/api/v1/live/{id}/activities/{activity_id}/inputs",
                 run,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto activity, http::id_param(r, "activity_id"));
                   SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
                   SAMLA_ASSIGN_OR_PROBLEM(std::string text, http::optional_text_in(body, "text"));
                   return http::json_or_problem(svc->add_facilitator_input(id, activity, text),
                                                201);
                 },
                 {"Add a statement or an idea as the facilitator",
                  "live",
                  "LiveText",
                  "LiveActivityState",
                  {},
                  201}});
  // Moderation of one input: the session, the input and the body's value reach `act`.
  auto moderation = [](auto read, auto act) {
    return [read, act](Request& r) -> Response {
      SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
      SAMLA_ASSIGN_OR_PROBLEM(auto input, http::id_param(r, "input_id"));
      SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
      SAMLA_ASSIGN_OR_PROBLEM(auto value, read(body));
      return http::json_or_problem(act(id, input, value, r.caller()));
    };
  };
  out.push_back({"POST",
                 "/api/v1/live/{id}/inputs/{input_id}/hide",
                 run,
                 moderation([](const json& body) { return boolean_in(body, "hidden"); },
                            [svc](std::int64_t id, std::int64_t input, bool hidden,
                                  const access::Principal& by) {
                              return svc->hide_input(id, input, hidden, by);
                            }),
                 {"Hide an idea or statement from participants (hidden: false shows it again); "
                  "it is kept and the change audited",
                  "live",
                  "LiveHide",
                  "LiveActivityState",
                  {},
                  200}});
  out.push_back({"POST",
                 "/api/v1/live/{id}/inputs/{input_id}/merge",
                 run,
                 moderation([](const json& body) { return id_in(body, "into"); },
                            [svc](std::int64_t id, std::int64_t input, std::int64_t into,
                                  const access::Principal& by) {
                              return svc->merge_input(id, input, into, by);
                            }),
                 {"Merge an idea into another of the same board: its upvotes move with it",
                  "live",
                  "LiveMerge",
                  "LiveActivityState",
                  {},
                  200}});
}

void add_participant_routes(std::vector<http::Route>& out, LiveService* svc) {
  out.push_back({"POST",
                 "/api/v1/live/join",
                 std::nullopt,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
                   SAMLA_ASSIGN_OR_PROBLEM(std::string code, http::optional_text_in(body, "code"));
                   std::optional<std::string> name, rsvp;
                   if (body.contains("display_name") && !body["display_name"].is_null()) {
                     SAMLA_ASSIGN_OR_PROBLEM(name, http::optional_text_in(body, "display_name"));
                   }
                   if (body.contains("rsvp_token") && !body["rsvp_token"].is_null()) {
                     SAMLA_ASSIGN_OR_PROBLEM(rsvp, http::optional_text_in(body, "rsvp_token"));
                   }
                   return http::json_or_problem(svc->join(code, name, rsvp));
                 },
                 {"Join a live session with its code, with no account (anonymous unless a "
                  "display name is given): a participant token for X-Live-Token",
                  "live",
                  "LiveJoin",
                  "LiveJoined",
                  {},
                  200}});
  out.push_back(
      {"GET",
       "/api/v1/live/me",
       std::nullopt,
       [svc](Request& r) { return http::json_or_problem(svc->participant_state(live_token(r))); },
       {"The session as the participant sees it (X-Live-Token)",
        "live",
        std::nullopt,
        "LiveState",
        {},
        200}});
  out.push_back({"GET",
                 "/api/v1/live/me/changes",
                 std::nullopt,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto since, since_of(r));
                   return http::json_or_problem(svc->participant_changes(live_token(r), since));
                 },
                 {"What changed after ?since: the plain-HTTP way to keep up, through proxies "
                  "that refuse WebSockets (X-Live-Token)",
                  "live",
                  std::nullopt,
                  "LiveChanges",
                  {"since"},
                  200}});
  out.push_back({"POST",
                 "/api/v1/live/me/inputs",
                 std::nullopt,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto activity, id_in(body, "activity_id"));
                   SAMLA_ASSIGN_OR_PROBLEM(std::string text, http::optional_text_in(body, "text"));
                   return http::json_or_problem(svc->submit(live_token(r), activity, text), 201);
                 },
                 {"Send an idea, question or statement to an open activity (X-Live-Token)",
                  "live",
                  "LiveInputText",
                  "LiveActivityState",
                  {},
                  201}});
  out.push_back({"POST",
                 "/api/v1/live/me/answers",
                 std::nullopt,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
                   SAMLA_ASSIGN_OR_PROBLEM(Answer answer, answer_from_json(body));
                   return http::json_or_problem(svc->answer(live_token(r), answer));
                 },
                 {"Answer an open activity: a poll, an upvote (again: taken back), dots, or "
                  "agree / disagree / pass on a statement (X-Live-Token)",
                  "live",
                  "LiveAnswer",
                  "LiveActivityState",
                  {},
                  200}});
}

// A plain request to a WebSocket's address: 426, saying which protocol to upgrade to.
Response upgrade_required() {
  Response response = http::problem_response(426, Msg::live_websocket_only);
  response.set_header("Upgrade", "websocket");
  return response;
}

// A WebSocket answer: 101 with the handler.
Response upgrade_to(const Request& r, LiveService* svc, std::int64_t session_id,
                    LiveSocket::Role role) {
  Response response;
  response.status = 101;
  response.socket = std::make_shared<LiveSocket>(*svc, session_id, role, r.language);
  return response;
}

// Whether a browser's page on another site opened the socket (it would carry the user's
// cookie along): the Origin's host must be the Host the request was sent to.
bool same_origin(const Request& r) {
  const std::string& origin = r.header("origin");
  if (origin.empty()) return true;  // not a browser's cross-site request
  const auto scheme_end = origin.find("://");
  const std::string host = scheme_end == std::string::npos ? origin : origin.substr(scheme_end + 3);
  return host == r.header("host");
}

void add_socket_routes(std::vector<http::Route>& out, LiveService* svc) {
  out.push_back({"GET",
                 "/api/v1/live/ws",
                 std::nullopt,
                 [svc](Request& r) -> Response {
                   if (!r.websocket_upgrade) return upgrade_required();
                   SAMLA_ASSIGN_OR_PROBLEM(
                       auto session, svc->open_session_id(r.query_param("code").value_or("")));
                   return upgrade_to(r, svc, session, LiveSocket::Role::participant);
                 },
                 {"Participants, over a WebSocket (?code=…): the session's changes as they "
                  "happen, and one's ideas and answers. First message {\"type\": \"hello\", "
                  "\"token\": …, \"since\": N}; see docs/live.md. A plain request is a 426",
                  "live",
                  std::nullopt,
                  std::nullopt,
                  {"code"},
                  101}});
  out.push_back({"GET",
                 "/api/v1/live/{id}/ws",
                 Action::run_live_sessions,
                 [svc](Request& r) -> Response {
                   if (!r.websocket_upgrade) return upgrade_required();
                   if (!same_origin(r))
                     return http::problem_response(403, Msg::live_origin_refused);
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto session, svc->session_id_of(id));
                   return upgrade_to(r, svc, session, LiveSocket::Role::facilitator);
                 },
                 {"The facilitator's console and the presenter view, over a WebSocket: every "
                  "change as it happens. First message {\"type\": \"hello\", \"since\": N}. "
                  "A plain request is a 426",
                  "live",
                  std::nullopt,
                  std::nullopt,
                  {},
                  101}});
}

}  // namespace

std::vector<http::Route> routes(LiveService& service) {
  std::vector<http::Route> out;
  add_facilitator_routes(out, &service);
  add_participant_routes(out, &service);
  add_socket_routes(out, &service);
  add_record_routes(out, &service);
  return out;
}

}  // namespace samla::live
