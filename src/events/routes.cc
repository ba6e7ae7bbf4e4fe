#include "events/routes.h"

#include "events/calendar.h"
#include "events/selections.h"
#include "events/wire.h"
#include "http/crud_routes.h"
#include "http/handler_support.h"
#include "http/record_responses.h"
#include "programme/list_filter.h"

namespace samla::events {
namespace {

using namespace http::route_names;

Response transition(EventsService& svc, Request& r) {
  SAMLA_ASSIGN_OR_PROBLEM(auto move, http::read_transition(r));
  std::optional<std::string> override_reason;
  const json reason = move.body.value("override_reason", json(nullptr));
  if (!reason.is_null() && !reason.is_string())
    return http::problem_response(invalid_field("override_reason", Msg::gate_override_reason));
  if (reason.is_string()) override_reason = reason.get<std::string>();
  return http::record_response(
      svc.transition(move.id, move.to, override_reason, move.version, r.caller()), 200, "events");
}

// POST /events/{id}/duplicate {"title"?, "starts_at"?, "ends_at"?}: a new draft with the design.
Response duplicate(EventsService& svc, Request& r) {
  SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
  json body = json::object();
  if (!r.body.empty()) {
    SAMLA_ASSIGN_OR_PROBLEM(body, http::parse_json_body(r));
  }
  EventsService::Duplicate changes;
  for (auto [name, field] : {std::pair{"title", &EventsService::Duplicate::title},
                             std::pair{"starts_at", &EventsService::Duplicate::starts_at},
                             std::pair{"ends_at", &EventsService::Duplicate::ends_at}}) {
    const json v = body.value(name, json(nullptr));
    if (v.is_null()) continue;
    if (!v.is_string()) return http::problem_response(invalid_field(name, Msg::must_be_text));
    changes.*field = v.get<std::string>();
  }
  return http::record_response(svc.duplicate(id, changes, r.language, r.caller()), 201, "events");
}

// A record collection's use cases (events, lessons) as the CRUD routes call them.
template <typename T>
struct RecordOps {
  privacy::RecordUses<T> uses;
  Result<T> (*reader)(const json&);
  Result<T> from_json(const json& j) const { return reader(j); }
  Result<std::vector<T>> list(Request& r) const {
    if constexpr (requires(const T& t) { t.programme_id; })
      return programme::of_requested_programme(r, uses.list());
    else
      return uses.list();
  }
  Result<T> get(Request&, std::int64_t id) const { return uses.get(id); }
  Result<T> create(Request& r, T input) const { return uses.create(std::move(input), r.caller()); }
  Result<T> update(Request& r, std::int64_t id, T input, std::optional<std::int64_t> v) const {
    return uses.update(id, std::move(input), v, r.caller());
  }
  Status remove(Request& r, std::int64_t id, std::optional<std::int64_t> v) const {
    return uses.remove(id, v, r.caller());
  }
};

http::CrudRoutes collection(std::string name, std::string schema, std::string list_summary) {
  http::CrudRoutes spec{name, std::move(schema), name};
  spec.write = Action::plan_events;
  spec.list_summary = std::move(list_summary);
  return spec;
}

// The handler of the record {id} names, answered as the caller may see it.
template <typename Answer>
http::Handler by_id_as_viewer(EventsService* svc, Answer answer) {
  return [svc, answer](Request& r) -> Response {
    SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
    SAMLA_ASSIGN_OR_PROBLEM(auto viewer, svc->viewer(r.caller(), r.language));
    return answer(r, id, viewer);
  };
}

Response selection_response(const Result<json>& selection, int status) {
  if (!selection.ok()) return http::problem_response(selection.error());
  Response response = http::json_response(status, selection.value());
  if (status == 201)
    response.set_header(
        "Location",
        "/api/v1/selections/" + std::to_string(selection.value()["id"].get<std::int64_t>()));
  return response;
}

void add_selection_routes(std::vector<http::Route>& out, EventsService* svc) {
  out.push_back(
      {"POST",
       "/api/v1/events/{id}/selections",
       Action::plan_events,
       by_id_as_viewer(svc,
                       [svc](Request& r, std::int64_t id, const privacy::Viewer& viewer) {
                         SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
                         return selection_response(svc->run_selection(id, body, viewer), 201);
                       }),
       {"Choose whom to invite: exactly `seats` people from a register filter, maximising the "
        "documented score under the quotas (GLPK); stored with its parameters",
        "events",
        "SelectionInput",
        "Selection",
        {},
        201}});
  out.push_back({"GET",
                 "/api/v1/events/{id}/selections",
                 Action::read_register,
                 by_id_as_viewer(svc,
                                 [svc](Request&, std::int64_t id, const privacy::Viewer& viewer) {
                                   SAMLA_ASSIGN_OR_PROBLEM(auto all, svc->selections(id, viewer));
                                   json items = json::array();
                                   for (auto& one : all) items.push_back(std::move(one));
                                   return http::list_answer(std::move(items));
                                 }),
                 {"The selections run for an event, newest first",
                  "events",
                  std::nullopt,
                  "SelectionList",
                  {},
                  200}});
  out.push_back({"GET",
                 "/api/v1/selections/{id}",
                 Action::read_register,
                 by_id_as_viewer(svc,
                                 [svc](Request&, std::int64_t id, const privacy::Viewer& viewer) {
                                   return selection_response(svc->selection(id, viewer), 200);
                                 }),
                 {"One stored selection", "events", std::nullopt, "Selection", {}, 200}});
}

}  // namespace

std::vector<http::Route> routes(EventsService& service) {
  EventsService* svc = &service;
  std::vector<http::Route> out;
  http::CrudRoutes events = collection("events", "Event", "List events, soonest first");
  events.list_query = {"programme_id"};
  http::add_crud_routes(out, events, RecordOps<Event>{svc->events(), event_from_json});
  out.push_back({"POST",
                 "/api/v1/events/{id}/transitions",
                 Action::plan_events,
                 [svc](Request& r) { return transition(*svc, r); },
                 {"Move an event along its lifecycle (draft → designed → open_for_invitations → "
                  "held → reported → closed); a thematic workshop opens only when each theme "
                  "has a validated lesson, unless an administrator overrides with a reason",
                  "events",
                  "EventTransition",
                  "Event",
                  {},
                  200}});
  out.push_back({"POST",
                 "/api/v1/events/{id}/duplicate",
                 Action::plan_events,
                 [svc](Request& r) { return duplicate(*svc, r); },
                 {"Duplicate an event: a new draft with its design (agenda, themes, "
                  "facilitators, materials), optionally with a new title and dates; no "
                  "invitations or outcomes",
                  "events",
                  "EventDuplicate",
                  "Event",
                  {},
                  201}});
  add_selection_routes(out, svc);
  out.push_back({"GET",
                 "/api/v1/events/{id}/calendar.ics",
                 Action::read_register,
                 [svc](Request& r) {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   SAMLA_ASSIGN_OR_PROBLEM(std::string ics, svc->calendar(id));
                   return http::file_response("text/calendar; charset=utf-8",
                                              "samla-event-" + std::to_string(id) + ".ics",
                                              std::move(ics));
                 },
                 {"The event as iCalendar (RFC 5545, with its time zone): a file to open in a "
                  "calendar",
                  "events",
                  std::nullopt,
                  std::nullopt,
                  {},
                  200}});
  add_invitation_routes(out, svc);
  http::add_crud_routes(out, collection("lessons", "Lesson", "List lessons learned"),
                        RecordOps<Lesson>{svc->lessons(), lesson_from_json});
  return out;
}

}  // namespace samla::events
