#include "rights/routes.h"

#include "core/json_schema.h"
#include "http/handler_support.h"
#include "http/record_responses.h"
#include "rights/processing.h"

namespace samla::rights {
namespace {

using namespace http::route_names;

// {"other_id": N, "take": ["email", …]}
Result<MergeRequest> merge_request(const json& body) {
  MergeRequest r;
  const json other = body.value("other_id", json());
  if (!other.is_number_integer() || other.get<std::int64_t>() < 1)
    return invalid_field("other_id", Msg::must_be_positive_id);
  r.other = other.get<std::int64_t>();
  const json take = body.value("take", json::array());
  if (!take.is_array()) return invalid_field("take", Msg::must_be_string_list);
  for (const auto& f : take) {
    if (!f.is_string()) return invalid_field("take", Msg::must_be_string_list);
    r.take.push_back(f.get<std::string>());
  }
  return r;
}

}  // namespace

std::vector<http::Route> routes(RightsService& service) {
  RightsService* svc = &service;
  std::vector<http::Route> out;
  out.push_back(
      {"GET",
       "/api/v1/people/{id}/export",
       Action::manage_privacy,
       [svc](Request& r) {
         SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
         SAMLA_ASSIGN_OR_PROBLEM(ExportFile file, svc->export_person(id, r.caller()));
         return http::file_response("application/zip", file.name, std::move(file.bytes));
       },
       {"Everything samla holds about the person (GDPR art. 15 and 20): a ZIP with person.json, "
        "every row that names them, and summary.html, the same in their language",
        "privacy",
        std::nullopt,
        std::nullopt,
        {},
        200}});
  out.push_back({"POST",
                 "/api/v1/people/{id}/erasure",
                 Action::manage_privacy,
                 [svc](Request& r) {
                   SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
                   SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
                   SAMLA_ASSIGN_OR_PROBLEM(std::string reason,
                                           http::optional_text_in(body, "reason"));
                   auto report = svc->erase(id, std::move(reason), r.caller());
                   if (!report.ok()) return http::problem_response(report.error());
                   Response response;
                   response.body = to_json(report.value()).dump();
                   return response;
                 },
                 {"Erase the person (GDPR art. 17): every identifying value leaves every table; a "
                  "tombstone keeps the counts true; the audit log keeps who erased and why",
                  "privacy",
                  "ErasureInput",
                  "ErasureReport",
                  {},
                  200}});
  for (auto [collection, kind] : {std::pair{"people", RecordKind::person},
                                  std::pair{"organisations", RecordKind::organisation}}) {
    const std::string base = std::string("/api/v1/") + collection;
    out.push_back({"GET",
                   base + "/duplicates",
                   Action::read_register,
                   [svc, kind](Request& r) {
                     SAMLA_ASSIGN_OR_PROBLEM(auto limit, http::page_limit_query(r));
                     return http::list_response(svc->duplicates(kind, limit.value_or(100)));
                   },
                   {kind == RecordKind::person
                        ? "Likely duplicate people: the same e-mail address, or names alike once "
                          "transliterated and case-folded within one organisation or country"
                        : "Likely duplicate organisations: names alike within one country",
                    collection,
                    std::nullopt,
                    "DuplicateList",
                    {"limit"},
                    200}});
    out.push_back(
        {"POST",
         base + "/{id}/merge",
         Action::write_register,
         [svc, kind](Request& r) {
           SAMLA_ASSIGN_OR_PROBLEM(auto id, http::id_param(r));
           SAMLA_ASSIGN_OR_PROBLEM(auto version, http::if_match_version(r));
           SAMLA_ASSIGN_OR_PROBLEM(json body, http::parse_json_body(r));
           SAMLA_ASSIGN_OR_PROBLEM(MergeRequest request, merge_request(body));
           request.survivor = id;
           request.version = version;
           auto report = svc->merge(kind, std::move(request), r.caller());
           if (!report.ok()) return http::problem_response(report.error());
           Response response;
           response.body = to_json(report.value()).dump();
           return response;
         },
         {"Merge another record into this one (If-Match: this one's ETag): the fields listed in "
          "take come from the other, every reference to the other moves here, the other is "
          "deleted; audited",
          collection,
          "MergeInput",
          "MergeReport",
          {},
          200}});
  }
  out.push_back(
      {"GET",
       "/api/v1/privacy/inactive",
       Action::write_register,
       [svc](Request& r) {
         SAMLA_ASSIGN_OR_PROBLEM(auto limit, http::page_limit_query(r));
         return http::list_response(svc->inactive(limit.value_or(100)));
       },
       {"People with no invitation, contact, membership, consent or change for longer than the "
        "privacy settings' inactive_after_months: keep them, or erase them",
        "privacy",
        std::nullopt,
        "InactiveList",
        {"limit"},
        200}});
  out.push_back(
      {"GET",
       "/api/v1/privacy/processing",
       Action::read_register,
       [svc](Request& r) {
         auto records = svc->processing(r.language);
         if (!records.ok()) return http::problem_response(records.error());
         const auto format = r.query_param("format");
         if (format && *format == "csv")
           return http::file_response(
               "text/csv; charset=utf-8",
               r.language == Language::sv ? "behandlingar.csv" : "records-of-processing.csv",
               processing_csv(records.value(), r.language));
         if (format && *format != "json")
           return http::problem_response(
               invalid_field("format", Msg::must_be_values, {{"values", "json\ncsv"}}));
         return http::json_response(200, records.value());
       },
       {"The records of processing (GDPR art. 30): purposes, legal bases, categories of data, "
        "data subjects, recipients and retention in force; ?format=csv for a sheet",
        "privacy",
        std::nullopt,
        "ProcessingRecords",
        {"format"},
        200}});
  add_own_page_routes(out, service);
  return out;
}

json openapi_schemas() {
  using namespace schema;
  json schemas = own_page_schemas();
  schemas.update(json{
      {"ErasureInput", object({{"reason", described(type("string"),
                                                    "why (a request of the person's, a date); "
                                                    "the person's own values are taken out")}},
                              {"reason"})},
      {"DuplicateSide", complete({{"id", type("integer")},
                                  {"name", type("string")},
                                  {"email", nullable("string")},
                                  {"organisation_name", nullable("string")},
                                  {"country", nullable("string")}})},
      {"Duplicate",
       complete({{"a", ref("DuplicateSide")},
                 {"b", ref("DuplicateSide")},
                 {"score", number(0, 1)},
                 {"reasons", array_of(enum_of({"same_email", "same_name", "similar_name",
                                               "same_organisation", "same_country"}))}})},
      {"DuplicateList", list_of("Duplicate")},
      {"InactivePerson",
       complete(
           {{"person_id", type("integer")}, {"name", type("string")}, {"last_activity", date()}})},
      {"InactiveList", list_of("InactivePerson")},
      {"ProcessingActivity", complete({{"key", type("string")},
                                       {"purpose", type("string")},
                                       {"bases", array_of(type("string"))},
                                       {"categories", type("string")},
                                       {"special_category", type("boolean")},
                                       {"subjects", type("string")},
                                       {"recipients", type("string")},
                                       {"retention", type("string")}})},
      {"ProcessingRecords",
       complete({{"activities", array_of(ref("ProcessingActivity"))}, {"note", type("string")}})},
      {"MergeInput",
       object({{"other_id", described(type("integer"), "the record merged into this one")},
               {"take", described(array_of(type("string")),
                                  "the fields whose value comes from the other record")}},
              {"other_id"})},
      {"MergeReport",
       complete(
           {{"survivor_id", type("integer")},
            {"merged_id", type("integer")},
            {"taken", array_of(type("string"))},
            {"moved", json{{"type", "object"}, {"additionalProperties", {{"type", "integer"}}}}},
            {"dropped",
             json{{"type", "object"}, {"additionalProperties", {{"type", "integer"}}}}}})},
      {"ErasureReport",
       complete({{"erasure_id", type("integer")},
                 {"person_id", type("integer")},
                 {"erased_at", type("string")},
                 {"erased_by", type("string")},
                 {"reason", type("string")},
                 {"changed", described(json{{"type", "object"},
                                            {"additionalProperties", {{"type", "integer"}}}},
                                       "rows changed or deleted, by table")},
                 {"backups", described(type("string"), "what backups still hold")}})}});
  return schemas;
}

}  // namespace samla::rights
