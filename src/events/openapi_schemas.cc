// JSON Schemas of the events' wire types (OpenAPI 3.1 uses JSON Schema 2020-12).
#include "core/json_schema.h"
#include "events/model.h"
#include "events/routes.h"
#include "events/wire.h"
#include "privacy/redaction.h"

namespace samla::events {
namespace {

using nlohmann::json;

using namespace schema;

json text() {
  return type("string");
}
json nullable_text() {
  return nullable("string");
}
json texts() {
  return array_of(text());
}
// Every property required (the answers always carry every field, null when empty).
json record(json properties) {
  return complete(std::move(properties));
}

void add_invitation_schemas(json& schemas, const json& chosen) {
  json explanation = chosen;
  for (const char* gone : {"person_id", "name", "organisation_name", "country", "has_email"})
    explanation["properties"].erase(gone);
  explanation["required"] = {"score", "parts", "fills"};
  explanation["type"] = json::array({"object", "null"});
  schemas["Invitation"] =
      record({{"id", {{"type", "integer"}}},
              {"event_id", {{"type", "integer"}}},
              {"person_id", {{"type", "integer"}}},
              {"person_name", text()},
              {"organisation_name", nullable_text()},
              {"country", nullable_text()},
              {"email", nullable_text()},
              {"status", enum_of(invitation_statuses())},
              {"language", enum_of({"sv", "en"})},
              {"selection_id", nullable("integer")},
              {"explanation", explanation},
              {"waitlist_for",
               {{"type", json::array({"integer", "null"})},
                {"description", "the declined invitation this waitlist proposal replaces"}}},
              {"invited_at", nullable_text()},
              {"responded_at", nullable_text()},
              {"checked_in_at", nullable_text()},
              {"interpretation_language", nullable_text()},
              {"attendance_mode",
               {{"enum", {"in_person", "online", nullptr}},
                {"description", "a hybrid event's participant: in person or online"}}},
              {"reminded_at", nullable_text()},
              {"access_needs",
               {{"type", json::array({"string", "null"})},
                {"description", "special-category data: null unless the caller may read it"}}},
              {"access_needs_hidden", {{"type", "boolean"}}},
              {"comment", text()},
              {"note", text()},
              {"created_at", text()},
              {"updated_at", text()},
              {"version", {{"type", "integer"}}}});
  json counts = {{"type", "object"}, {"additionalProperties", {{"type", "integer"}}}};
  json list = list_of("Invitation");
  list["properties"]["summary"] = object(
      {{"by_status", counts},
       {"interpretation", counts},
       {"attendance_mode",
        {{"type", "object"},
         {"additionalProperties", {{"type", "integer"}}},
         {"description",
          "a hybrid event: how many of those coming (or who came) take part in person, online"}}},
       {"access_needs",
        {{"type", json::array({"integer", "null"})},
         {"description", "null for those who may not see special-category data"}}}},
      {"by_status", "interpretation", "attendance_mode", "access_needs"});
  schemas["InvitationList"] = list;
  json send_result = list_of("Invitation");
  send_result["properties"]["sent"] = {{"type", "integer"}, {"description", "how many were sent"}};
  send_result["properties"]["skipped"] = {
      {"type", "array"},
      {"items",
       object({{"invitation_id", {{"type", "integer"}}},
               {"name", text()},
               {"reason", enum_of({"no_email", "contacted_recently", "no_contact_basis"})}},
              {"invitation_id", "name", "reason"})}};
  send_result["required"].push_back("sent");
  send_result["required"].push_back("skipped");
  schemas["InvitationSendResult"] = send_result;
  schemas["PersonEvent"] =
      object({{"event_id", {{"type", "integer"}}},
              {"title", text()},
              {"type", enum_of(event_types())},
              {"starts_at", text()},
              {"time_zone", text()},
              {"event_status", enum_of(statuses())},
              {"invitation_id", {{"type", "integer"}}},
              {"invitation_status", enum_of(invitation_statuses())},
              {"checked_in_at", {{"type", json::array({"string", "null"})}}}},
             {"event_id", "title", "type", "starts_at", "time_zone", "event_status",
              "invitation_id", "invitation_status", "checked_in_at"});
  schemas["PersonEventList"] = list_of("PersonEvent");
  schemas["EventDuplicate"] =
      object({{"title", text()}, {"starts_at", text()}, {"ends_at", text()}}, {});
  json ids = {{"type", "array"}, {"items", {{"type", "integer"}}}};
  schemas["InvitationCreate"] =
      object({{"selection_id", {{"type", "integer"}, {"description", "propose everyone it chose"}}},
              {"person_ids", ids},
              {"language", enum_of({"sv", "en"})}},
             {});
  schemas["KickoffInvitationCreate"] = object(
      {{"event_id", {{"type", "integer"}, {"minimum", 1}}}, {"language", enum_of({"sv", "en"})}},
      {"event_id"});
  schemas["KickoffInvitations"] = object(
      {{"items", {{"type", "array"}, {"items", {{"$ref", "#/components/schemas/Invitation"}}}}},
       {"skipped",
        {{"type", "array"},
         {"items", object({{"subject_type", enum_of({"person", "organisation"})},
                           {"subject_id", {{"type", "integer"}}},
                           {"name", text()},
                           {"reason", enum_of({"no_contact_person", "already_invited"})}},
                          {"subject_type", "subject_id", "name", "reason"})}}}},
      {"items", "skipped"});
  schemas["InvitationSend"] = object({{"invitation_ids",
                                       {{"type", json::array({"array", "null"})},
                                        {"items", {{"type", "integer"}}},
                                        {"description", "none: every proposed invitation"}}}},
                                     {});
  schemas["InvitationTransition"] =
      object({{"to", enum_of(invitation_statuses())}, {"note", text()}}, {"to"});
  json event = record({{"title", text()},
                       {"type", enum_of(event_types())},
                       {"starts_at", text()},
                       {"ends_at", text()},
                       {"time_zone", text()},
                       {"format", enum_of(formats())},
                       {"venue", nullable_text()},
                       {"link", nullable_text()},
                       {"languages", texts()},
                       {"interpretation_languages", texts()},
                       {"accessibility", text()},
                       {"objectives", text()},
                       {"invitation_text", text()},
                       {"reply_by", nullable_text()}});
  schemas["Rsvp"] = record({{"person_name", text()},
                            {"status", enum_of(invitation_statuses())},
                            {"language", enum_of({"sv", "en"})},
                            {"interpretation_language", nullable_text()},
                            {"attendance_mode", {{"enum", {"in_person", "online", nullptr}}}},
                            {"access_needs", nullable_text()},
                            {"comment", text()},
                            {"can_respond", {{"type", "boolean"}}},
                            {"event", event}});
  schemas["RsvpAnswer"] =
      object({{"response", enum_of({"accepted", "declined", "tentative"})},
              {"interpretation_language", nullable_text()},
              {"attendance_mode",
               {{"enum", {"in_person", "online", nullptr}},
                {"description", "asked only by a hybrid event, of whoever accepts or may come"}}},
              {"access_needs", nullable_text()},
              {"access_needs_consent",
               {{"type", "boolean"},
                {"description", "explicit consent to keep the access needs (GDPR art. 9(2)(a))"}}},
              {"comment", text()}},
             {"response"});
  schemas["OutboxMessage"] =
      record({{"id", {{"type", "integer"}}},
              {"event_id", nullable("integer")},
              {"invitation_id", nullable("integer")},
              {"kind", enum_of({"invitation", "digest", "reminder", "own_page"})},
              {"to_name", text()},
              {"to_email", text()},
              {"language", text()},
              {"subject", text()},
              {"body", text()},
              {"status", enum_of({"queued", "sent", "failed"})},
              {"created_at", text()},
              {"sent_at", nullable_text()},
              {"error", nullable_text()}});
  schemas["OutboxList"] = list_of("OutboxMessage");
}

}  // namespace

json openapi_schemas() {
  json schemas;
  add_event_schemas(schemas);
  schemas["EventList"] = list_of("Event");
  schemas["EventTransition"] =
      object({{"to", enum_of(statuses())},
              {"override_reason",
               {{"type", json::array({"string", "null"})},
                {"description", "administrators only: open despite the readiness gate"}}}},
             {"to"});
  schemas["LessonList"] = list_of("Lesson");

  json number{{"type", "number"}};
  json integer{{"type", "integer"}};
  json nullable_integer{{"type", json::array({"integer", "null"})},
                        {"description",
                         "null for a quota on lived experience, for those who "
                         "may not see special-category data"}};
  json quota = object({{"kind", enum_of({"country_min", "perspective_min", "perspective_max",
                                         std::string(privacy::kLivedExperienceShare),
                                         "organisation_max", "country_max", "sector_min"})},
                       {"key",
                        {{"type", "string"},
                         {"description",
                          "country_min: a country group's slug; perspective_*: a perspective; "
                          "sector_min: a sector"}}},
                       {"count", integer},
                       {"share", {{"type", "number"}, {"minimum", 0}, {"maximum", 1}}}},
                      {"kind"});
  schemas["SelectionInput"] =
      object({{"seats", {{"type", "integer"}, {"description", "default: the event's capacity"}}},
              {"pool",
               {{"type", "object"},
                {"description", "register filters, as on GET /api/v1/people"},
                {"properties",
                 {{"country", text()},
                  {"country_group", text()},
                  {"sector", text()},
                  {"perspective", text()},
                  {"theme", text()},
                  {"tag", text()},
                  {"organisation", integer},
                  {"q", text()}}}}},
              {"quotas", {{"type", "array"}, {"items", quota}}},
              {"pinned", {{"type", "array"}, {"items", integer}}},
              {"excluded", {{"type", "array"}, {"items", integer}}},
              {"weights", object({{"relevance", number},
                                  {"influence", number},
                                  {"newcomer", number},
                                  {"continuity", number}},
                                 {})},
              {"time_limit_seconds", number}},
             {});
  json fill = object({{"quota", integer}, {"label", text()}}, {"quota", "label"});
  json chosen = object({{"person_id", integer},
                        {"name", text()},
                        {"organisation_name", nullable_text()},
                        {"country", nullable_text()},
                        {"has_email",
                         {{"type", "boolean"},
                          {"description",
                           "whether the person has an e-mail address to be invited at; absent in "
                           "selections kept before it was recorded"}}},
                        {"score", number},
                        {"parts", object({{"relevance", number},
                                          {"influence", number},
                                          {"newcomer", number},
                                          {"continuity", number}},
                                         {"relevance", "influence", "newcomer", "continuity"})},
                        {"pinned", {{"type", "boolean"}}},
                        {"fills", {{"type", "array"}, {"items", fill}}}},
                       {"person_id", "name", "score", "parts", "pinned", "fills"});
  json row = object({{"quota", integer},
                     {"label", text()},
                     {"at_least", {{"type", "boolean"}}},
                     {"bound", integer},
                     {"chosen", nullable_integer},
                     {"shortfall", nullable_integer},
                     {"met", {{"type", json::array({"boolean", "null"})}}},
                     {std::string(privacy::kSpecialQuotaFlag), {{"type", "boolean"}}}},
                    {"quota", "label", "at_least", "bound", "chosen", "shortfall", "met"});
  schemas["Selection"] =
      object({{"id", integer},
              {"event_id", integer},
              {"created_at", text()},
              {"created_by", text()},
              {"parameters", {{"type", "object"}}},
              {"feasible", {{"type", "boolean"}, {"description", "every quota met"}}},
              {"proven_optimal", {{"type", "boolean"}}},
              {"objective", number},
              {"total_shortfall", integer},
              {"seconds", number},
              {"pool_size", integer},
              {"chosen", {{"type", "array"}, {"items", chosen}}},
              {"quotas", {{"type", "array"}, {"items", row}}}},
             {"id", "event_id", "parameters", "feasible", "proven_optimal", "objective", "chosen",
              "quotas"});
  schemas["SelectionList"] = list_of("Selection");
  add_invitation_schemas(schemas, chosen);
  return schemas;
}

}  // namespace samla::events
