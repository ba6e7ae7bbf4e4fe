// POST /api/v1/unsubscribe (public: the link in a digest or reminder works without an account;
// its secret comes in the body, never in the path, which access logs keep) and GET/PUT
// /api/v1/my/action-mail (one's own choice, from My work).
#include <nlohmann/json.hpp>

#include "actions/routes.h"
#include "actions/wire.h"
#include "http/handler_support.h"

namespace samla::actions {
namespace {

using http::Request;
using http::Response;
using nlohmann::json;

Response mail_answer(const Result<ActionMail>& mail) {
  if (!mail.ok()) return http::problem_response(mail.error());
  return http::json_response(200, to_json(*mail));
}

}  // namespace

void add_mail_routes(std::vector<http::Route>& out, ActionsService& service) {
  ActionsService* svc = &service;
  out.push_back({"POST",
                 "/api/v1/unsubscribe",
                 std::nullopt,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
                   if (!body.contains("secret"))
                     return http::problem_response(invalid_field("secret", Msg::required));
                   if (!body["secret"].is_string())
                     return http::problem_response(invalid_field("secret", Msg::must_be_string));
                   Status done = svc->unsubscribe(body["secret"].get<std::string>());
                   if (!done.ok()) return http::problem_response(done.error());
                   return http::json_response(200, json{{"subscribed", false}});
                 },
                 {"Public, by the secret of the link in a digest or reminder: no more e-mail "
                  "about my actions (weekly digests and reminders)",
                  "actions",
                  "UnsubscribeInput",
                  "Unsubscribed",
                  {},
                  200}});
  out.push_back({"GET",
                 "/api/v1/my/action-mail",
                 access::Action::use_own_account,
                 [svc](Request& r) { return mail_answer(svc->my_action_mail(r.caller())); },
                 {"Whether I get e-mail about my actions (weekly digests and reminders); "
                  "person_id null: my account stands for no person, who would get it",
                  "actions",
                  std::nullopt,
                  "ActionMail",
                  {},
                  200}});
  out.push_back({"PUT",
                 "/api/v1/my/action-mail",
                 access::Action::use_own_account,
                 [svc](Request& r) -> Response {
                   SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto asked, action_mail_from_json(body));
                   return mail_answer(svc->set_my_action_mail(asked.subscribed, r.caller()));
                 },
                 {"Get, or stop getting, e-mail about my actions",
                  "actions",
                  "ActionMailInput",
                  "ActionMail",
                  {},
                  200}});
}

}  // namespace samla::actions
