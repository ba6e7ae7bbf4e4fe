#include "evaluation/routes.h"

#include "evaluation/wire.h"
#include "events/routes.h"
#include "http/handler_support.h"
#include "http/record_responses.h"

namespace samla::evaluation {
namespace {

using namespace http::route_names;

Response form_answer(const Result<Form>& form) {
  if (!form.ok()) return http::problem_response(form.error());
  return http::record_answer(200, to_json(*form), form->version, "", form->event_id);
}

Response participant_answer(const Result<ParticipantForm>& form, int status) {
  if (!form.ok()) return http::problem_response(form.error());
  return http::json_response(status, to_json(*form));
}

}  // namespace

std::vector<http::Route> routes(EvaluationService& service) {
  EvaluationService* svc = &service;
  std::vector<http::Route> out;
  out.push_back({"GET",
                 "/api/v1/events/{id}/evaluation",
                 Action::read_register,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto event, http::id_param(r, "id"));
                   return form_answer(svc->form(event, r.caller()));
                 },
                 {"The event's before/after evaluation form (the default instrument until "
                  "changed)",
                  "evaluation",
                  std::nullopt,
                  "EvaluationForm",
                  {},
                  200}});
  out.push_back({"PUT",
                 "/api/v1/events/{id}/evaluation",
                 Action::plan_events,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto event, http::id_param(r, "id"));
                   SAMLA_ASSIGN_OR_PROBLEM(auto version, http::if_match_version(r));
                   SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto items, items_from_json(body));
                   return form_answer(svc->put_form(event, std::move(items), version, r.caller()));
                 },
                 {"Change the event's evaluation form (If-Match; not once answers came in)",
                  "evaluation",
                  "EvaluationFormInput",
                  "EvaluationForm",
                  {},
                  200}});
  out.push_back(
      {"GET",
       "/api/v1/events/{id}/evaluation/results",
       Action::read_register,
       [svc](Request& r) -> Response {
         SAMLA_ASSIGN_OR_PROBLEM(auto event, http::id_param(r, "id"));
         SAMLA_ASSIGN_OR_PROBLEM(auto viewer, svc->viewer(r.caller(), r.language));
         SAMLA_ASSIGN_OR_PROBLEM(auto results, svc->results(event, r.query_param("by"), viewer));
         return http::json_response(200, to_json(results));
       },
       {"What the evaluation shows: per item n, mean, median and distribution before and "
        "after, the paired shift with a Wilcoxon signed-rank test; ?by=country|perspective "
        "for groups of at least 5",
        "evaluation",
        std::nullopt,
        "EvaluationResults",
        {"by"},
        200}});
  out.push_back({"POST",
                 "/api/v1/events/{id}/evaluation/follow-ups",
                 Action::plan_events,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto event, http::id_param(r, "id"));
                   SAMLA_ASSIGN_OR_PROBLEM(int queued, svc->send_follow_ups(event, r.caller()));
                   return http::json_response(200, json{{"queued", queued}});
                 },
                 {"Queue the 'after' form, with a fresh personal link, to everyone who came "
                  "and has not answered it",
                  "evaluation",
                  std::nullopt,
                  "FollowUpsQueued",
                  {},
                  200}});
  out.push_back({"GET",
                 "/api/v1/rsvp/evaluation",
                 std::nullopt,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto token, events::rsvp_token(r));
                   return participant_answer(svc->participant_form(token), 200);
                 },
                 {"Public: the evaluation form a personal link (X-RSVP-Token) opens, and what "
                  "its holder has answered",
                  "rsvp",
                  std::nullopt,
                  "ParticipantEvaluation",
                  {},
                  200}});
  out.push_back({"POST",
                 "/api/v1/rsvp/evaluation",
                 std::nullopt,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(auto token, events::rsvp_token(r));
                   SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto input, answer_from_json(body));
                   return participant_answer(svc->answer(token, input), 201);
                 },
                 {"Public: answer the form that is open (once per phase); never shown with a "
                  "name",
                  "rsvp",
                  "EvaluationAnswer",
                  "ParticipantEvaluation",
                  {},
                  201}});
  return out;
}

}  // namespace samla::evaluation
