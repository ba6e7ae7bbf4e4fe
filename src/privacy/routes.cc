#include "privacy/routes.h"

#include "http/handler_support.h"
#include "http/record_responses.h"
#include "privacy/consent_wire.h"
#include "privacy/settings.h"

namespace samla::privacy {
namespace {

using namespace http::route_names;
using storage::Session;

Response settings_response(const Result<PrivacySettings>& settings) {
  if (!settings.ok()) return http::problem_response(settings.error());
  return http::record_answer(200, to_json(settings.value()), settings->version, "", 0);
}

}  // namespace

std::vector<http::Route> routes(storage::SessionPool& pool, ConsentService& consents) {
  std::vector<http::Route> out;
  storage::SessionPool* p = &pool;
  out.push_back(
      {"GET",
       "/api/v1/privacy/settings",
       Action::read_register,
       [p](Request&) {
         return settings_response(
             storage::with_session(*p, false, [](Session& s) { return load_settings(s); }));
       },
       {"The programme's privacy settings", "privacy", std::nullopt, "PrivacySettings", {}, 200}});
  // Only those who see special-category data may widen who sees free text about people.
  out.push_back({"PUT",
                 "/api/v1/privacy/settings",
                 Action::read_special_category,
                 [p](Request& r) {
                   SAMLA_ASSIGN_OR_PROBLEM(auto version, http::if_match_version(r));
                   SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
                   return settings_response(
                       storage::with_session(*p, true, [&](Session& s) -> Result<PrivacySettings> {
                         SAMLA_ASSIGN(PrivacySettings current, load_settings(s));
                         SAMLA_ASSIGN(PrivacySettings next, settings_from_json(body, current));
                         return save_settings(s, next, version, r.caller());
                       }));
                 },
                 {"Change the privacy settings (If-Match: their ETag)",
                  "privacy",
                  "PrivacySettingsInput",
                  "PrivacySettings",
                  {},
                  200}});
  add_consent_routes(out, consents);
  return out;
}

json openapi_schemas() {
  json schemas = settings_schemas();
  schemas.update(consent_schemas());
  return schemas;
}

}  // namespace samla::privacy
