#include "rights/routes.h"

#include "core/json_schema.h"
#include "http/handler_support.h"

namespace samla::rights {
namespace {

using namespace http::route_names;

}  // namespace

std::vector<http::Route> routes(RightsService& service) {
  RightsService* svc = &service;
  std::vector<http::Route> out;
  out.push_back(
      {"GET", "/api/v1/people/{id}/export", Action::manage_privacy,
       [svc](Request& r) {
         SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
         SAMLA_ASSIGN_OR_PROBLEM(ExportFile file, svc->export_person(id, r.caller()));
         return http::file_response("application/zip", file.name, std::move(file.bytes));
       },
       {"Everything samla holds about the person (GDPR art. 15 and 20): a ZIP with person.json, "
        "every row that names them, and summary.html, the same in their language",
        "privacy", std::nullopt, std::nullopt, {}, 200}});
  out.push_back(
      {"POST", "/api/v1/people/{id}/erasure", Action::manage_privacy,
       [svc](Request& r) {
         SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
         SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
         SAMLA_ASSIGN_OR_PROBLEM(std::string reason, http::optional_text_in(body, "reason"));
         auto report = svc->erase(id, std::move(reason), r.caller());
         if (!report.ok()) return http::problem_response(report.error());
         Response response;
         response.body = to_json(report.value()).dump();
         return response;
       },
       {"Erase the person (GDPR art. 17): every identifying value leaves every table; a "
        "tombstone keeps the counts true; the audit log keeps who erased and why",
        "privacy", "ErasureInput", "ErasureReport", {}, 200}});
  return out;
}

json openapi_schemas() {
  using namespace schema;
  return {
      {"ErasureInput",
       object({{"reason", described(type("string"), "why (a request of the person's, a date); "
                                                    "the person's own values are taken out")}},
              {"reason"})},
      {"ErasureReport",
       complete({{"erasure_id", type("integer")},
                 {"person_id", type("integer")},
                 {"erased_at", type("string")},
                 {"erased_by", type("string")},
                 {"reason", type("string")},
                 {"changed", described(json{{"type", "object"},
                                            {"additionalProperties", {{"type", "integer"}}}},
                                       "rows changed or deleted, by table")},
                 {"backups", described(type("string"), "what backups still hold")}})}};
}

}  // namespace samla::rights
