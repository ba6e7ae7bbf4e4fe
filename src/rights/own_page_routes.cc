// The own page's routes. They are public: the page token, sent as X-Own-Page-Token, is the
// caller (the e-mailed link carries its token in the fragment, so it reaches no log or Referer).
#include "core/json_schema.h"
#include "http/handler_support.h"
#include "http/record_responses.h"
#include "privacy/consent.h"
#include "reports/routes.h"
#include "rights/routes.h"

namespace samla::rights {
namespace {

using namespace http::route_names;

std::string page_token(const Request& r) {
  return r.header("x-own-page-token");
}

Response token_answer(const Result<std::string>& token) {
  if (!token.ok()) return http::problem_response(token.error());
  return http::json_response(200, {{"page_token", token.value()}});
}

}  // namespace

void add_own_page_routes(std::vector<http::Route>& out, RightsService& service) {
  RightsService* svc = &service;
  out.push_back(
      {"POST",
       "/api/v1/me/link",
       std::nullopt,
       [svc](Request& r) {
         SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
         SAMLA_ASSIGN_OR_PROBLEM(std::string email, http::optional_text_in(body, "email"));
         if (email.empty() || email.size() > 320 || email.find('@') == std::string::npos)
           return http::problem_response(invalid_field("email", Msg::email_format));
         Status sent = svc->send_own_page_link(email);
         if (!sent.ok()) return http::problem_response(sent.error());
         // The same answer whether or not the address is registered: it tells nobody who is.
         return http::json_response(202, {{"sent", true}});
       },
       {"Send a link to their own page to whoever has this e-mail address (the same answer "
        "whether or not anyone has it)",
        "privacy",
        "OwnPageLinkRequest",
        "OwnPageLinkSent",
        {},
        202}});
  out.push_back({"POST",
                 "/api/v1/me/session",
                 std::nullopt,
                 [svc](Request& r) {
                   SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
                   SAMLA_ASSIGN_OR_PROBLEM(std::string token,
                                           http::optional_text_in(body, "token"));
                   return token_answer(svc->open_own_page_link(token));
                 },
                 {"Open the e-mailed link (once, within 30 minutes): a page token for two hours",
                  "privacy",
                  "OwnPageOpen",
                  "OwnPageToken",
                  {},
                  200}});
  out.push_back({"POST",
                 "/api/v1/me/account-session",
                 Action::use_own_account,
                 [svc](Request& r) { return token_answer(svc->own_page_for_account(r.caller())); },
                 {"A page token for the logged-in account's own person",
                  "privacy",
                  std::nullopt,
                  "OwnPageToken",
                  {},
                  200}});
  out.push_back({"GET",
                 "/api/v1/me",
                 std::nullopt,
                 [svc](Request& r) { return http::json_or_problem(svc->own_page(page_token(r))); },
                 {"Everything samla holds about the page's person, their consents with the "
                  "wording, invitations, groups, actions and published reports (X-Own-Page-Token)",
                  "privacy",
                  std::nullopt,
                  "OwnPage",
                  {},
                  200}});
  out.push_back({"PATCH",
                 "/api/v1/me",
                 std::nullopt,
                 [svc](Request& r) {
                   SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
                   return http::json_or_problem(svc->correct_own_details(page_token(r), body));
                 },
                 {"Correct one's own name, title, e-mail, phone and languages (X-Own-Page-Token)",
                  "privacy",
                  "OwnDetails",
                  "OwnPage",
                  {},
                  200}});
  out.push_back(
      {"POST",
       "/api/v1/me/consents",
       std::nullopt,
       [svc](Request& r) {
         SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
         SAMLA_ASSIGN_OR_PROBLEM(std::string purpose, http::optional_text_in(body, "purpose"));
         const json give = body.value("give", json());
         if (!give.is_boolean())
           return http::problem_response(invalid_field("give", Msg::must_be_boolean));
         return http::json_or_problem(
             svc->set_own_consent(page_token(r), purpose, give.get<bool>()));
       },
       {"Give (give: true) or withdraw one's own consent for a purpose (X-Own-Page-Token)",
        "privacy",
        "OwnConsent",
        "OwnPage",
        {},
        200}});
  out.push_back({"GET",
                 "/api/v1/me/export",
                 std::nullopt,
                 [svc](Request& r) {
                   SAMLA_ASSIGN_OR_PROBLEM(ExportFile file, svc->own_export(page_token(r)));
                   return http::file_response("application/zip", file.name, std::move(file.bytes));
                 },
                 {"Download everything about oneself as a ZIP (X-Own-Page-Token)",
                  "privacy",
                  std::nullopt,
                  std::nullopt,
                  {},
                  200}});
  out.push_back(
      {"GET",
       "/api/v1/me/reports/{id}",
       std::nullopt,
       [svc](Request& r) -> Response {
         SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r, "id"));
         const std::string lang = r.query_param("lang").value_or(language_code(r.language).data());
         return reports::rendered_answer(
             svc->own_report(page_token(r), id, r.query_param("format").value_or("html"), lang));
       },
       {"Read a published report of an event one attended (?format=html|pdf|docx|md&lang=sv|en; "
        "X-Own-Page-Token)",
        "privacy",
        std::nullopt,
        std::nullopt,
        {"format", "lang"},
        200}});
}

json own_page_schemas() {
  using namespace schema;
  const json any_object = json{{"type", "object"}};
  const json rows = array_of(any_object);
  return {{"OwnPageLinkRequest", object({{"email", type("string")}}, {"email"})},
          {"OwnPageLinkSent", complete({{"sent", type("boolean")}})},
          {"OwnPageOpen", object({{"token", type("string")}}, {"token"})},
          {"OwnPageToken", complete({{"page_token", type("string")}})},
          {"OwnDetails", object({{"name", type("string")},
                                 {"title", nullable("string")},
                                 {"email", nullable("string")},
                                 {"phone", nullable("string")},
                                 {"languages", array_of(type("string"))}},
                                {})},
          {"OwnConsent",
           object({{"purpose", enum_of(privacy::consent_purposes())}, {"give", type("boolean")}},
                  {"purpose", "give"})},
          {"OwnPage", complete({{"person", any_object},
                                {"consents", array_of(ref("Consent"))},
                                {"consent_texts", any_object},
                                {"invitations", rows},
                                {"groups", rows},
                                {"actions", rows},
                                {"reports", rows},
                                {"records", any_object}})}};
}

}  // namespace samla::rights
