// The invitations' HTTP routes: proposing, sending, answering, check-in, the outbox, and the
// public RSVP routes that take the personal token instead of an account (docs/events.md).
#include "events/calendar.h"
#include "events/invitations.h"
#include "events/routes.h"
#include "events/wire.h"
#include "http/handler_support.h"
#include "http/record_responses.h"
#include "register/table_download.h"

#ifndef SAMLA_VERSION
#define SAMLA_VERSION "0.0.0"
#endif

namespace samla::events {

// The RSVP routes read the token from X-RSVP-Token (the link carries it in its fragment, so
// it reaches neither logs nor Referer headers).
Result<std::string> rsvp_token(const http::Request& r) {
  const std::string& token = r.header("x-rsvp-token");
  if (token.empty()) return make_error(ErrorCode::not_found, Msg::rsvp_link_not_valid);
  return token;
}

namespace {

using namespace http::route_names;

// Counts per status, the interpretation languages and (for those who may see them) how many
// of those coming have access needs: a count of one is one person's health data.
json summary_of(const std::vector<Invitation>& all, const privacy::Viewer& viewer) {
  json by_status = json::object();
  for (const auto& s : invitation_statuses()) by_status[s] = 0;
  json interpretation = json::object();
  json attendance_mode = json::object();
  int access_needs = 0;
  for (const auto& v : all) {
    by_status[v.status] = by_status[v.status].get<int>() + 1;
    const bool coming = v.status == "accepted" || v.status == "tentative";
    if ((coming || v.status == "attended") && v.attendance_mode)
      attendance_mode[*v.attendance_mode] = attendance_mode.value(*v.attendance_mode, 0) + 1;
    if (coming && v.interpretation_language)
      interpretation[*v.interpretation_language] =
          interpretation.value(*v.interpretation_language, 0) + 1;
    if (coming && v.access_needs) ++access_needs;
  }
  return {{"by_status", by_status},
          {"interpretation", interpretation},
          {"attendance_mode", attendance_mode},
          {"access_needs", viewer.sees_special_category() ? json(access_needs) : json(nullptr)}};
}

Response invitation_list(EventsService& svc, const Request& r,
                         const Result<std::vector<Invitation>>& list, int status,
                         bool with_summary) {
  if (!list.ok()) return http::problem_response(list.error());
  SAMLA_ASSIGN_OR_PROBLEM(auto viewer, svc.viewer(r.caller(), r.language));
  json items = json::array();
  for (const auto& v : list.value()) items.push_back(to_json(v, viewer));
  json body = {{"items", items}, {"total", items.size()}, {"next", nullptr}};
  if (with_summary) body["summary"] = summary_of(list.value(), viewer);
  return http::json_response(status, body);
}

Response invitation_response(EventsService& svc, const Request& r, const Result<Invitation>& v) {
  if (!v.ok()) return http::problem_response(v.error());
  SAMLA_ASSIGN_OR_PROBLEM(auto viewer, svc.viewer(r.caller(), r.language));
  return http::record_answer(200, to_json(v.value(), viewer), v->version, "", 0);
}

Result<std::optional<std::string>> language_field(const json& body) {
  if (!body.contains("language") || body.at("language").is_null())
    return std::optional<std::string>();
  if (!body.at("language").is_string())
    return invalid_field("language", Msg::must_be_values, {{"values", "sv\nen"}});
  return std::optional<std::string>(body.at("language").get<std::string>());
}

Result<std::vector<std::int64_t>> ids_field(const json& body, const char* name) {
  const json& v = body.at(name);
  std::vector<std::int64_t> out;
  if (!v.is_array()) return invalid_field(name, Msg::must_be_ids);
  for (const auto& id : v) {
    if (!id.is_number_integer()) return invalid_field(name, Msg::must_be_ids);
    out.push_back(id.get<std::int64_t>());
  }
  return out;
}

Response propose(EventsService& svc, Request& r) {
  SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
  SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
  SAMLA_ASSIGN_OR_PROBLEM(auto language, language_field(body));
  const bool by_selection = body.contains("selection_id") && !body["selection_id"].is_null();
  const bool by_hand = body.contains("person_ids") && !body["person_ids"].is_null();
  if (by_selection == by_hand)
    return http::problem_response(invalid_field("selection_id", Msg::selection_or_people));
  if (by_selection) {
    if (!body["selection_id"].is_number_integer())
      return http::problem_response(invalid_field("selection_id", Msg::must_be_id));
    const auto selection_id = body["selection_id"].get<std::int64_t>();
    return invitation_list(svc, r, svc.propose(id, selection_id, {}, language, r.caller()), 201,
                           false);
  }
  SAMLA_ASSIGN_OR_PROBLEM(auto people, ids_field(body, "person_ids"));
  return invitation_list(svc, r, svc.propose(id, std::nullopt, people, language, r.caller()), 201,
                         false);
}

// POST /kickoff-lists/{id}/invitations {"event_id": N, "language"?}: "invite this list".
Response invite_kickoff_list(EventsService& svc, Request& r) {
  SAMLA_ASSIGN_OR_PROBLEM(auto list_id, http::id_param(r));
  SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
  SAMLA_ASSIGN_OR_PROBLEM(auto language, language_field(body));
  const json event_id = body.value("event_id", json(nullptr));
  if (!event_id.is_number_integer() || event_id.get<std::int64_t>() < 1)
    return http::problem_response(invalid_field("event_id", Msg::must_be_id));
  SAMLA_ASSIGN_OR_PROBLEM(auto done, svc.invite_kickoff_list(list_id, event_id.get<std::int64_t>(),
                                                             language, r.caller()));
  SAMLA_ASSIGN_OR_PROBLEM(auto viewer, svc.viewer(r.caller(), r.language));
  json items = json::array();
  for (const auto& v : done.invited) items.push_back(to_json(v, viewer));
  json skipped = json::array();
  for (const auto& k : done.skipped)
    skipped.push_back({{"subject_type", std::string(registry::kind_name(k.subject.kind))},
                       {"subject_id", k.subject.id},
                       {"name", k.name},
                       {"reason", k.reason}});
  return http::json_response(201, {{"items", items}, {"skipped", skipped}});
}

// The answer of sending and of reminding: those sent, and those left out with the reason.
Response sent_response(EventsService& svc, const Request& r,
                       const Result<store::SentInvitations>& sent) {
  if (!sent.ok()) return http::problem_response(sent.error());
  const auto& result = sent.value();
  SAMLA_ASSIGN_OR_PROBLEM(auto viewer, svc.viewer(r.caller(), r.language));
  json items = json::array();
  for (const auto& v : result.sent) items.push_back(to_json(v, viewer));
  json skipped = json::array();
  for (const auto& k : result.skipped)
    skipped.push_back({{"invitation_id", k.invitation_id}, {"name", k.name}, {"reason", k.reason}});
  return http::json_response(200, {{"items", items},
                                   {"total", items.size()},
                                   {"next", nullptr},
                                   {"sent", items.size()},
                                   {"skipped", skipped}});
}

Response send(EventsService& svc, Request& r) {
  SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
  SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
  std::optional<std::vector<std::int64_t>> ids;
  if (body.contains("invitation_ids") && !body["invitation_ids"].is_null()) {
    SAMLA_ASSIGN_OR_PROBLEM(ids, ids_field(body, "invitation_ids"));
  }
  return sent_response(svc, r, svc.send(id, ids, r.caller()));
}

Response move(EventsService& svc, Request& r) {
  SAMLA_ASSIGN_OR_PROBLEM(auto move, http::read_transition(r));
  const json note = move.body.value("note", json(""));
  if (!note.is_string()) return http::problem_response(invalid_field("note", Msg::must_be_text));
  return invitation_response(
      svc, r,
      svc.move_invitation(move.id, move.to, note.get<std::string>(), move.version, r.caller()));
}

Response calendar_of(const EventsService& svc, const Result<EventsService::Invited>& found) {
  if (!found.ok()) return http::problem_response(found.error());
  const Invitation& v = found->invitation;
  auto ics = to_icalendar(found->event, SAMLA_VERSION, &v, svc.calendar_organiser());
  if (!ics.ok()) return http::problem_response(ics.error());
  return http::file_response("text/calendar; charset=utf-8",
                             "samla-invitation-" + std::to_string(v.id) + ".ics",
                             std::move(ics).value());
}

Response rsvp_response(const Result<EventsService::Invited>& found) {
  if (!found.ok()) return http::problem_response(found.error());
  Response response = http::json_response(200, rsvp_json(found->event, found->invitation));
  response.set_header("Cache-Control", "no-store");
  return response;
}

Result<store::RsvpAnswer> answer_from_json(const json& body) {
  store::RsvpAnswer a;
  std::vector<FieldError> errors;
  auto text = [&](const char* name) -> std::optional<std::string> {
    if (!body.contains(name) || body.at(name).is_null()) return std::nullopt;
    if (!body.at(name).is_string()) {
      errors.emplace_back(name, Msg::must_be_text);
      return std::nullopt;
    }
    std::string v = body.at(name).get<std::string>();
    if (v.find_first_not_of(" \t\r\n") == std::string::npos) return std::nullopt;
    return v;
  };
  a.response = text("response").value_or("");
  a.interpretation_language = text("interpretation_language");
  a.attendance_mode = text("attendance_mode");
  a.access_needs = text("access_needs");
  a.comment = text("comment").value_or("");
  const json consent = body.value("access_needs_consent", json(false));
  if (!consent.is_boolean()) errors.emplace_back("access_needs_consent", Msg::must_be_boolean);
  a.access_needs_consent = consent.is_boolean() && consent.get<bool>();
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return a;
}

void add_rsvp_routes(std::vector<http::Route>& out, EventsService* svc) {
  out.push_back({"GET",
                 "/api/v1/rsvp",
                 std::nullopt,
                 [svc](Request& r) {
                   SAMLA_ASSIGN_OR_PROBLEM(auto token, rsvp_token(r));
                   return rsvp_response(svc->rsvp(token));
                 },
                 {"Public: the invitation an RSVP token (header X-RSVP-Token) opens",
                  "rsvp",
                  std::nullopt,
                  "Rsvp",
                  {},
                  200}});
  out.push_back({"POST",
                 "/api/v1/rsvp",
                 std::nullopt,
                 [svc](Request& r) {
                   SAMLA_ASSIGN_OR_PROBLEM(auto token, rsvp_token(r));
                   SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto answer, answer_from_json(body));
                   return rsvp_response(svc->answer_rsvp(token, answer));
                 },
                 {"Public: answer an invitation (accept, decline, tentative) with an "
                  "interpretation language and access needs (kept only with consent)",
                  "rsvp",
                  "RsvpAnswer",
                  "Rsvp",
                  {},
                  200}});
  out.push_back(
      {"GET",
       "/api/v1/rsvp/calendar.ics",
       std::nullopt,
       [svc](Request& r) -> Response {
         SAMLA_ASSIGN_OR_PROBLEM(auto token, rsvp_token(r));
         return calendar_of(*svc, svc->rsvp(token));
       },
       {"Public: one's invitation as iCalendar", "rsvp", std::nullopt, std::nullopt, {}, 200}});
}

void add_outbox_routes(std::vector<http::Route>& out, EventsService* svc) {
  out.push_back({"GET",
                 "/api/v1/outbox",
                 Action::plan_events,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto outbox, svc->outbox(r.caller()));
                   json items = json::array();
                   for (const auto& m : outbox.messages) items.push_back(to_json(m, outbox.links));
                   return http::list_answer(std::move(items));
                 },
                 {"The outbox: every message samla has written, newest first",
                  "outbox",
                  std::nullopt,
                  "OutboxList",
                  {},
                  200}});
  out.push_back({"GET",
                 "/api/v1/outbox/export",
                 Action::plan_events,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto outbox, svc->outbox(r.caller()));
                   return http::file_response("application/mbox", "samla-outbox.mbox",
                                              to_mbox(outbox.messages, outbox.links));
                 },
                 {"The outbox as one mbox file (RFC 4155), the .ics attached to each message",
                  "outbox",
                  std::nullopt,
                  std::nullopt,
                  {},
                  200}});
}

// GET /events/{id}/attendance?format=csv|xlsx: the attendance as evidence, in the reader's words.
Response attendance(EventsService& svc, Request& r) {
  SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
  const std::string format = r.query_param("format").value_or("csv");
  if (auto refused = registry::bad_table_format(format)) return std::move(*refused);
  SAMLA_ASSIGN_OR_PROBLEM(auto table, svc.attendance(id, r.language));
  return registry::table_download(table, format, "samla-attendance-" + std::to_string(id),
                                  "attendance");
}

// GET /events/{id}/sign-in-sheet: a page to print, shown in place with its own style.
Response sign_in_sheet(EventsService& svc, Request& r) {
  SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
  SAMLA_ASSIGN_OR_PROBLEM(std::string html, svc.sign_in_sheet(id, r.language));
  Response response = http::text_response(200, "text/html; charset=utf-8", std::move(html));
  response.set_header("Content-Security-Policy",
                      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
                      "base-uri 'none'; form-action 'none'");
  return response;
}

}  // namespace

void add_invitation_routes(std::vector<http::Route>& out, EventsService* svc) {
  out.push_back({"GET",
                 "/api/v1/events/{id}/attendance",
                 Action::plan_events,
                 [svc](Request& r) { return attendance(*svc, r); },
                 {"The attendance as evidence (?format=csv or xlsx): everyone who accepted, "
                  "answered maybe, attended or did not show, with their answer and check-in "
                  "time, in the request's language",
                  "invitations",
                  std::nullopt,
                  std::nullopt,
                  {"format"},
                  200}});
  out.push_back({"GET",
                 "/api/v1/events/{id}/sign-in-sheet",
                 Action::plan_events,
                 [svc](Request& r) { return sign_in_sheet(*svc, r); },
                 {"A sign-in sheet to print (HTML): the event and a row to sign for everyone "
                  "expected, in the request's language",
                  "invitations",
                  std::nullopt,
                  std::nullopt,
                  {},
                  200}});
  out.push_back({"GET",
                 "/api/v1/people/{id}/events",
                 Action::read_register,
                 [svc](Request& r) {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto events, svc->events_of_person(id));
                   json items = json::array();
                   for (const auto& e : events)
                     items.push_back({{"event_id", e.event_id},
                                      {"title", e.title},
                                      {"type", e.type},
                                      {"starts_at", e.starts_at},
                                      {"time_zone", e.time_zone},
                                      {"event_status", e.event_status},
                                      {"invitation_id", e.invitation_id},
                                      {"invitation_status", e.invitation_status},
                                      {"checked_in_at",
                                       e.checked_in_at ? json(*e.checked_in_at) : json(nullptr)}});
                   return http::json_response(
                       200, {{"items", items}, {"total", items.size()}, {"next", nullptr}});
                 },
                 {"The events a person was asked to, soonest first, with each invitation's "
                  "status",
                  "invitations",
                  std::nullopt,
                  "PersonEventList",
                  {},
                  200}});
  out.push_back({"POST",
                 "/api/v1/kickoff-lists/{id}/invitations",
                 Action::assess_stakeholders,
                 [svc](Request& r) { return invite_kickoff_list(*svc, r); },
                 {"Invite a kickoff list to an event: proposes an invitation for every person "
                  "included on the list; organisations (no contact person yet) and people "
                  "already invited are listed in skipped",
                  "invitations",
                  "KickoffInvitationCreate",
                  "KickoffInvitations",
                  {},
                  201}});
  out.push_back({"POST",
                 "/api/v1/events/{id}/invitations",
                 Action::plan_events,
                 [svc](Request& r) { return propose(*svc, r); },
                 {"Propose invitations: everyone a stored selection chose (selection_id) or "
                  "people by hand (person_ids)",
                  "invitations",
                  "InvitationCreate",
                  "InvitationList",
                  {},
                  201}});
  out.push_back({"GET",
                 "/api/v1/events/{id}/invitations",
                 Action::read_register,
                 [svc](Request& r) {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   return invitation_list(*svc, r, svc->invitations(id), 200, true);
                 },
                 {"The event's invitations with counts per status",
                  "invitations",
                  std::nullopt,
                  "InvitationList",
                  {},
                  200}});
  out.push_back({"POST",
                 "/api/v1/events/{id}/invitations/send",
                 Action::plan_events,
                 [svc](Request& r) { return send(*svc, r); },
                 {"Send invitations (all proposed ones when no ids are given): each gets a new "
                  "personal RSVP link and a message in the outbox. Someone without an e-mail "
                  "address is left out and listed in skipped; the others are sent",
                  "invitations",
                  "InvitationSend",
                  "InvitationSendResult",
                  {},
                  200}});
  out.push_back({"POST",
                 "/api/v1/events/{id}/invitations/remind",
                 Action::plan_events,
                 [svc](Request& r) {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   return sent_response(*svc, r, svc->remind(id, r.caller()));
                 },
                 {"Remind everyone invited who has not answered: each gets a new personal link "
                  "and a reminder in the outbox. Those without an e-mail address, and those "
                  "sent the invitation or reminded in the last 20 hours, are listed in skipped",
                  "invitations",
                  std::nullopt,
                  "InvitationSendResult",
                  {},
                  200}});
  out.push_back({"GET",
                 "/api/v1/invitations/{id}",
                 Action::read_register,
                 [svc](Request& r) {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   return invitation_response(*svc, r, svc->invitation(id));
                 },
                 {"One invitation", "invitations", std::nullopt, "Invitation", {}, 200}});
  out.push_back(
      {"DELETE",
       "/api/v1/invitations/{id}",
       Action::plan_events,
       [svc](Request& r) -> Response {
         SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
         SAMLA_ASSIGN_OR_PROBLEM(auto version, http::if_match_version(r));
         return http::no_content_or_problem(svc->delete_invitation(id, version, r.caller()));
       },
       {"Delete a proposed invitation", "invitations", std::nullopt, std::nullopt, {}, 204}});
  out.push_back({"POST",
                 "/api/v1/invitations/{id}/transitions",
                 Action::plan_events,
                 [svc](Request& r) { return move(*svc, r); },
                 {"Record an answer, withdraw, or check in (attended, no_show); a decline of an "
                  "invitation from a selection proposes the next best candidate who keeps the "
                  "quotas",
                  "invitations",
                  "InvitationTransition",
                  "Invitation",
                  {},
                  200}});
  out.push_back({"GET",
                 "/api/v1/invitations/{id}/calendar.ics",
                 Action::read_register,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   return calendar_of(*svc, svc->invited(id));
                 },
                 {"The invitation as iCalendar: the event with this person as ATTENDEE",
                  "invitations",
                  std::nullopt,
                  std::nullopt,
                  {},
                  200}});
  add_rsvp_routes(out, svc);
  add_outbox_routes(out, svc);
}

}  // namespace samla::events
