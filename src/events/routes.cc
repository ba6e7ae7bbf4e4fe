#include "events/routes.h"

#include "events/calendar.h"
#include "events/selections.h"
#include "events/wire.h"
#include "http/handler_support.h"
#include "http/record_responses.h"

namespace samla::events {
namespace {

using namespace http::route_names;
using storage::Session;

Response transition(EventsService& svc, Request& r) {
  SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
  SAMLA_ASSIGN_OR_PROBLEM(auto version, http::if_match_version(r));
  SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
  const json to = body.value("to", json(nullptr));
  if (!to.is_string())
    return http::problem_response(invalid_field("to", Msg::next_status_required));
  std::optional<std::string> override_reason;
  const json reason = body.value("override_reason", json(nullptr));
  if (!reason.is_null() && !reason.is_string())
    return http::problem_response(invalid_field("override_reason", Msg::gate_override_reason));
  if (reason.is_string()) override_reason = reason.get<std::string>();
  return http::record_response(svc.run(true,
                                       [&](Session& s) {
                                         return store::transition(s, id, to.get<std::string>(),
                                                                  override_reason, version,
                                                                  r.caller());
                                       }),
                               200, "events");
}

// The create / read / replace / delete routes of one collection.
template <typename T>
void add_collection(std::vector<http::Route>& out, EventsService* svc, const std::string& name,
                    const std::string& schema, Result<T> (*from_json)(const json&),
                    Result<T> (*insert)(Session&, T, const access::Principal&),
                    Result<T> (*get)(Session&, std::int64_t),
                    Result<std::vector<T>> (*list)(Session&),
                    Result<T> (*update)(Session&, std::int64_t, T, std::optional<std::int64_t>,
                                        const access::Principal&),
                    Status (*remove)(Session&, std::int64_t, std::optional<std::int64_t>,
                                     const access::Principal&),
                    const std::string& list_summary) {
  const std::string base = "/api/v1/" + name, item = base + "/{id}";
  const std::string c = name;
  out.push_back({"GET",
                 base,
                 Action::read_register,
                 [svc, list](Request&) {
                   return http::list_response(svc->run(false, [&](Session& s) { return list(s); }));
                 },
                 {list_summary, name, std::nullopt, schema + "List", {}, 200}});
  out.push_back(
      {"POST",
       base,
       Action::plan_events,
       [svc, from_json, insert, c](Request& r) {
         SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
         SAMLA_ASSIGN_OR_PROBLEM(T input, from_json(body));
         return http::record_response(
             svc->run(true, [&](Session& s) { return insert(s, std::move(input), r.caller()); }),
             201, c);
       },
       {"Create " + schema, name, schema + "Input", schema, {}, 201}});
  out.push_back({"GET",
                 item,
                 Action::read_register,
                 [svc, get, c](Request& r) {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   return http::record_response(
                       svc->run(false, [&](Session& s) { return get(s, id); }), 200, c);
                 },
                 {"Read one " + schema, name, std::nullopt, schema, {}, 200}});
  out.push_back(
      {"PUT",
       item,
       Action::plan_events,
       [svc, from_json, update, c](Request& r) {
         SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
         SAMLA_ASSIGN_OR_PROBLEM(auto version, http::if_match_version(r));
         SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
         SAMLA_ASSIGN_OR_PROBLEM(T input, from_json(body));
         return http::record_response(
             svc->run(
                 true,
                 [&](Session& s) { return update(s, id, std::move(input), version, r.caller()); }),
             200, c);
       },
       {"Replace " + schema + " (If-Match: its ETag)", name, schema + "Input", schema, {}, 200}});
  out.push_back({"DELETE",
                 item,
                 Action::plan_events,
                 [svc, remove](Request& r) {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto version, http::if_match_version(r));
                   return http::no_content_or_problem(svc->run(
                       true, [&](Session& s) { return remove(s, id, version, r.caller()); }));
                 },
                 {"Delete " + schema, name, std::nullopt, std::nullopt, {}, 204}});
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
       [svc](Request& r) {
         SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
         SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
         SAMLA_ASSIGN_OR_PROBLEM(auto viewer, svc->viewer(r.caller(), r.language));
         return selection_response(svc->run_selection(id, body, viewer), 201);
       },
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
                 [svc](Request& r) {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto viewer, svc->viewer(r.caller(), r.language));
                   SAMLA_ASSIGN_OR_PROBLEM(auto all, svc->selections(id, viewer));
                   json items = json::array();
                   for (auto& one : all) items.push_back(std::move(one));
                   return http::list_answer(std::move(items));
                 },
                 {"The selections run for an event, newest first",
                  "events",
                  std::nullopt,
                  "SelectionList",
                  {},
                  200}});
  out.push_back({"GET",
                 "/api/v1/selections/{id}",
                 Action::read_register,
                 [svc](Request& r) {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto viewer, svc->viewer(r.caller(), r.language));
                   return selection_response(svc->selection(id, viewer), 200);
                 },
                 {"One stored selection", "events", std::nullopt, "Selection", {}, 200}});
}

}  // namespace

std::vector<http::Route> routes(EventsService& service) {
  EventsService* svc = &service;
  std::vector<http::Route> out;
  add_collection<Event>(out, svc, "events", "Event", event_from_json, store::insert_event,
                        store::get_event, store::list_events, store::update_event,
                        store::delete_event, "List events, soonest first");
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
  add_selection_routes(out, svc);
  out.push_back(
      {"GET",
       "/api/v1/events/{id}/calendar.ics",
       Action::read_register,
       [svc](Request& r) {
         SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
         SAMLA_ASSIGN_OR_PROBLEM(
             Event event, svc->run(false, [&](Session& s) { return store::get_event(s, id); }));
         SAMLA_ASSIGN_OR_PROBLEM(std::string ics, to_icalendar(event, SAMLA_VERSION));
         Response response =
             http::text_response(200, "text/calendar; charset=utf-8", std::move(ics));
         response.set_header("Content-Disposition",
                             "attachment; filename=\"samla-event-" + std::to_string(id) + ".ics\"");
         return response;
       },
       {"The event as iCalendar (RFC 5545, with its time zone): a file to open in a "
        "calendar",
        "events",
        std::nullopt,
        std::nullopt,
        {},
        200}});
  add_invitation_routes(out, svc);
  add_collection<Lesson>(out, svc, "lessons", "Lesson", lesson_from_json, store::insert_lesson,
                         store::get_lesson, store::list_lessons, store::update_lesson,
                         store::delete_lesson, "List lessons learned");
  return out;
}

}  // namespace samla::events
