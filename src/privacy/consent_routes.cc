#include "http/handler_support.h"
#include "http/record_responses.h"
#include "privacy/consent_service.h"
#include "privacy/consent_wire.h"
#include "privacy/routes.h"

namespace samla::privacy {
namespace consents {

// Found by argument-dependent lookup from http::list_response.
nlohmann::json to_json(const ReviewEntry& e) {
  return {{"person_id", e.person_id},
          {"name", e.name},
          {"consent_id", e.consent_id ? nlohmann::json(*e.consent_id) : nlohmann::json(nullptr)},
          {"reason", e.reason}};
}

}  // namespace consents
namespace {

using namespace http::route_names;

}  // namespace

void add_consent_routes(std::vector<http::Route>& out, ConsentService& service) {
  ConsentService* svc = &service;
  out.push_back(
      {"GET",
       "/api/v1/people/{id}/consents",
       Action::read_register,
       [svc](Request& r) {
         SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
         SAMLA_ASSIGN_OR_PROBLEM(auto viewer, svc->viewer(r.caller(), r.language));
         return http::list_response(svc->list(id, viewer));
       },
       {"The person's consents and other legal bases, active first, with the wording they were "
        "shown",
        "privacy",
        std::nullopt,
        "ConsentList",
        {},
        200}});
  out.push_back(
      {"POST",
       "/api/v1/people/{id}/consents",
       Action::write_register,
       [svc](Request& r) {
         SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
         SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
         SAMLA_ASSIGN_OR_PROBLEM(Consent c, consent_from_json(body));
         c.person_id = id;
         SAMLA_ASSIGN_OR_PROBLEM(auto writer, svc->viewer(r.caller(), r.language));
         return http::record_response(svc->give(std::move(c), writer), 201, "");
       },
       {"Record a consent or other legal basis for a purpose (it replaces the active one of that "
        "purpose)",
        "privacy",
        "ConsentInput",
        "Consent",
        {},
        201}});
  out.push_back(
      {"POST",
       "/api/v1/people/{id}/consents/{consent_id}/withdraw",
       Action::write_register,
       [svc](Request& r) {
         SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
         SAMLA_ASSIGN_OR_PROBLEM(auto consent_id, http::id_param(r, "consent_id"));
         SAMLA_ASSIGN_OR_PROBLEM(auto version, http::if_match_version(r));
         std::string channel = "form";
         if (!r.body.empty()) {
           SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
           SAMLA_ASSIGN_OR_PROBLEM(channel, http::optional_text_in(body, "channel"));
           if (channel.empty()) channel = "form";
         }
         SAMLA_ASSIGN_OR_PROBLEM(auto writer, svc->viewer(r.caller(), r.language));
         return http::record_response(svc->withdraw(id, consent_id, channel, version, writer), 200,
                                      "");
       },
       {"Withdraw a consent (or record an objection to a basis); withdrawing consent to lived "
        "experience erases it from the person",
        "privacy",
        "ConsentWithdrawal",
        "Consent",
        {},
        200}});
  out.push_back({"POST",
                 "/api/v1/people/{id}/consents/{consent_id}/review",
                 Action::write_register,
                 [svc](Request& r) {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto consent_id, http::id_param(r, "consent_id"));
                   SAMLA_ASSIGN_OR_PROBLEM(auto version, http::if_match_version(r));
                   SAMLA_ASSIGN_OR_PROBLEM(auto writer, svc->viewer(r.caller(), r.language));
                   return http::record_response(
                       svc->confirm_review(id, consent_id, version, writer), 200, "");
                 },
                 {"Confirm a basis that was set for everyone registered before consents came",
                  "privacy",
                  std::nullopt,
                  "Consent",
                  {},
                  200}});
  out.push_back({"GET",
                 "/api/v1/consent-texts",
                 Action::read_register,
                 [svc](Request&) { return http::list_response(svc->texts()); },
                 {"Every version of the wording shown for each purpose, in Swedish and English",
                  "privacy",
                  std::nullopt,
                  "ConsentTextList",
                  {},
                  200}});
  out.push_back({"POST",
                 "/api/v1/consent-texts",
                 Action::manage_privacy,
                 [svc](Request& r) {
                   SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
                   SAMLA_ASSIGN_OR_PROBLEM(ConsentText t, consent_text_from_json(body));
                   auto added = svc->add_text(std::move(t), r.caller());
                   if (!added.ok()) return http::problem_response(added.error());
                   return http::record_answer(201, to_json(added.value()), added->version, "", 0);
                 },
                 {"Add the next version of a purpose's wording (versions are never changed)",
                  "privacy",
                  "ConsentTextInput",
                  "ConsentText",
                  {},
                  201}});
  out.push_back(
      {"GET",
       "/api/v1/privacy/review",
       Action::write_register,
       [svc](Request& r) {
         SAMLA_ASSIGN_OR_PROBLEM(auto limit, http::page_limit_query(r));
         SAMLA_ASSIGN_OR_PROBLEM(auto viewer, svc->viewer(r.caller(), r.language));
         return http::list_response(svc->review(viewer, limit.value_or(100)));
       },
       {"What a coordinator should confirm: bases for contact set when consents came, and lived "
        "experience recorded without explicit consent (only for those who see it)",
        "privacy",
        std::nullopt,
        "ConsentReview",
        {"limit"},
        200}});
}

}  // namespace samla::privacy
