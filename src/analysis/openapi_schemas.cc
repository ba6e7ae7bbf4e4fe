// JSON Schemas of the analysis's wire types (OpenAPI 3.1 uses JSON Schema 2020-12).
#include "analysis/kickoff.h"
#include "analysis/routes.h"
#include "analysis/wire.h"
#include "core/json_schema.h"
#include "register/model.h"

namespace samla::analysis {
namespace {

using nlohmann::json;

using namespace schema;

const std::vector<std::string> kQuadrants{"key_player", "keep_satisfied", "keep_informed",
                                          "minimal_effort"};
const std::vector<std::string> kSubjects{"person", "organisation"};

json scores() {
  json p = json::object();
  for (const char* s : {"influence", "interest", "attitude", "legitimacy", "urgency"})
    p[s] = {{"type", "number"}};
  return object(p, {"influence", "interest", "attitude", "legitimacy", "urgency"});
}

json position() {
  return object(
      {{"as_of", date()}, {"influence", {{"type", "number"}}}, {"interest", {{"type", "number"}}}},
      {"as_of", "influence", "interest"});
}

// The changeable settings; in answers every field is present, in a PUT body any may be left
// out (it then takes its default).
json settings_fields(bool answer) {
  auto group = [answer](json properties) {
    return answer ? complete(std::move(properties)) : object(std::move(properties), {});
  };
  return {
      {"grid", group({{"influence", number(1, 5)}, {"interest", number(1, 5)}})},
      {"salience",
       group({{"power", number(1, 5)}, {"legitimacy", number(1, 5)}, {"urgency", number(1, 5)}})},
      {"weights", group({{"influence", number(0, 100)},
                         {"interest", number(0, 100)},
                         {"legitimacy", number(0, 100)},
                         {"urgency", number(0, 100)},
                         {"relevance", number(0, 100)},
                         {"support", number(0, 100)}})},
      {"high_priority", number(0, 100)}};
}

json gap() {
  return object({{"dimension", enum_of({"perspective", "sector"})},
                 {"row", {{"type", "string"}}},
                 {"column", {{"type", "string"}}},
                 {"kind", enum_of({"none_mapped", "none_high_priority"})},
                 {"mapped", {{"type", "integer"}}},
                 {"message", {{"type", "string"}}}},
                {"dimension", "row", "column", "kind", "mapped", "message"});
}

json matrix() {
  json label =
      object({{"key", {{"type", "string"}}}, {"label", {{"type", "string"}}}}, {"key", "label"});
  json cell = object({{"mapped", {{"type", "integer"}}}, {"high_priority", {{"type", "integer"}}}},
                     {"mapped", "high_priority"});
  return object({{"columns", array_of(label)}, {"cells", array_of(array_of(cell))}},
                {"columns", "cells"});
}

}  // namespace

json openapi_schemas() {
  json schemas;
  add_assessment_schemas(schemas);
  json movement = complete({{"from", position()},
                            {"to", position()},
                            {"influence_change", {{"type", "number"}}},
                            {"interest_change", {{"type", "number"}}},
                            {"quadrant_changed", {{"type", "boolean"}}},
                            {"from_quadrant", enum_of(kQuadrants)},
                            {"to_quadrant", enum_of(kQuadrants)}});
  schemas["StakeholderView"] = complete(
      {{"subject_type", enum_of(kSubjects)},
       {"subject_id", {{"type", "integer"}}},
       {"name", {{"type", "string"}}},
       {"organisation_name", nullable("string")},
       {"country", nullable("string")},
       {"sector", nullable("string")},
       {"perspectives",
        {{"type", "array"},
         {"items", enum_of(registry::perspectives())},
         {"description", "lived experience only for those who may see special-category data"}}},
       {"assessors", {{"type", "integer"}}},
       {"straddles_threshold",
        {{"type", "boolean"},
         {"description",
          "the assessors fall on both sides of the influence or interest threshold"}}},
       {"mean", scores()},
       {"range", scores()},
       {"relevance", number(0, 3)},
       {"last_assessed_on", date()},
       {"quadrant", enum_of(kQuadrants)},
       {"salience", enum_of({"none", "dormant", "discretionary", "demanding", "dominant",
                             "dangerous", "dependent", "definitive"})},
       {"strategy",
        enum_of({"partner", "involve", "address_concerns", "consult", "inform", "monitor"})},
       {"priority", number(0, 100)},
       {"high_priority", {{"type", "boolean"}}},
       {"positions", array_of(position())},
       {"movements", array_of(movement)}});
  schemas["AssessmentHistory"] =
      object({{"items", array_of(ref("Assessment"))},
              {"view", {{"oneOf", json::array({ref("StakeholderView"), {{"type", "null"}}})}}}},
             {"items", "view"});
  schemas["AnalysisSettingsInput"] = object(settings_fields(false), {});
  json settings = settings_fields(true);
  settings["programme_id"] = {{"type", "integer"},
                              {"description", "the programme they are of (?programme_id)"}};
  settings["version"] = {{"type", "integer"},
                         {"description", "0: the programme has saved none of its own"}};
  settings["updated_at"] = nullable("string");
  settings["updated_by"] = nullable("string");
  schemas["AnalysisSettings"] = complete(settings);
  schemas["StakeholderViews"] =
      object({{"items", array_of(ref("StakeholderView"))}, {"settings", ref("AnalysisSettings")}},
             {"items", "settings"});
  schemas["CoverageGap"] = gap();
  schemas["Coverage"] = object(
      {{"rows", array_of(object({{"key", {{"type", "string"}}}, {"label", {{"type", "string"}}}},
                                {"key", "label"}))},
       {"perspective", matrix()},
       {"sector", matrix()},
       {"gaps", array_of(ref("CoverageGap"))},
       {"hidden_columns", array_of({{"type", "string"}})}},
      {"rows", "perspective", "sector", "gaps", "hidden_columns"});
  schemas["KickoffListInput"] = object(
      {{"title",
        {{"type", "string"}, {"minLength", 1}, {"description", "at most 200 bytes of UTF-8"}}},
       {"theme", {{"type", json::array({"string", "null"})}, {"minLength", 1}}},
       {"country_group", {{"type", json::array({"string", "null"})}, {"minLength", 1}}},
       {"country",
        {{"type", json::array({"string", "null"})},
         {"minLength", 1},
         {"description",
          "Only stakeholders of this country: an ISO code or a Swedish or English name"}}},
       {"include_quadrants", array_of(enum_of(kQuadrants))},
       {"close_gaps", {{"type", "boolean"}}},
       {"programme_id",
        {{"type", json::array({"integer", "null"})},
         {"description", "the programme it belongs to; the default programme when not given"}}}},
      {"title"});
  schemas["KickoffEntryInput"] = object(
      {{"subject_type", enum_of(kSubjects)},
       {"subject_id", {{"type", "integer"}, {"minimum", 1}}},
       {"reason",
        {{"type", "string"}, {"minLength", 1}, {"description", "at most 2,000 bytes of UTF-8"}}}},
      {"subject_type", "subject_id", "reason"});
  schemas["KickoffListTransition"] = object({{"to", enum_of(kickoff_statuses())}}, {"to"});
  schemas["KickoffEntryChange"] = object(
      {{"status", enum_of({"included", "removed"})},
       {"reason",
        {{"type", "string"}, {"minLength", 1}, {"description", "at most 2,000 bytes of UTF-8"}}}},
      {"status", "reason"});
  json gap_cell = object({{"dimension", enum_of({"perspective", "sector"})},
                          {"row", {{"type", "string"}}},
                          {"column", {{"type", "string"}}}},
                         {"dimension", "row", "column"});
  schemas["KickoffEntry"] =
      complete({{"id", {{"type", "integer"}}},
                {"subject_type", enum_of(kSubjects)},
                {"subject_id", {{"type", "integer"}}},
                {"name", {{"type", "string"}}},
                {"organisation_name", nullable("string")},
                {"country", nullable("string")},
                {"email", nullable("string")},
                {"quadrant", {{"oneOf", json::array({enum_of(kQuadrants), {{"type", "null"}}})}}},
                {"priority", nullable("number")},
                {"reason", enum_of(entry_reasons())},
                {"gap",
                 {{"oneOf", json::array({gap_cell, {{"type", "null"}}})},
                  {"description",
                   "the coverage cell a gap closer fills; null for the others, and "
                   "for lived-experience cells when the viewer may not see them"}}},
                {"reason_text", {{"type", "string"}}},
                {"note", {{"type", "string"}}},
                {"status", enum_of({"included", "removed"})},
                {"removed_reason", {{"type", "string"}}},
                {"changed_by", nullable("string")}});
  schemas["KickoffList"] =
      complete({{"id", {{"type", "integer"}}},
                {"title", {{"type", "string"}}},
                {"created_on", date()},
                {"created_at", {{"type", "string"}, {"format", "date-time"}}},
                {"created_by", {{"type", "string"}}},
                {"status", enum_of(kickoff_statuses())},
                {"status_changed_at", nullable("string")},
                {"status_changed_by", nullable("string")},
                {"programme_id", nullable("integer")},
                {"version", {{"type", "integer"}}},
                {"parameters", complete({{"theme", nullable("string")},
                                         {"country_group", nullable("string")},
                                         {"country", nullable("string")},
                                         {"include_quadrants", array_of(enum_of(kQuadrants))},
                                         {"close_gaps", {{"type", "boolean"}}},
                                         {"settings", ref("AnalysisSettings")}})},
                {"entries", array_of(ref("KickoffEntry"))},
                {"open_gaps", array_of(ref("CoverageGap"))}});
  schemas["KickoffListSummary"] =
      object({{"id", {{"type", "integer"}}},
              {"title", {{"type", "string"}}},
              {"created_on", date()},
              {"created_by", {{"type", "string"}}},
              {"status", enum_of(kickoff_statuses())},
              {"included", {{"type", "integer"}}},
              {"programme_id", {{"type", "integer"}}}},
             {"id", "title", "created_on", "created_by", "status", "included"});
  schemas["KickoffListPage"] = object({{"items", array_of(ref("KickoffListSummary"))},
                                       {"total", {{"type", "integer"}}},
                                       {"next", {{"type", "null"}}}},
                                      {"items", "total", "next"});
  return schemas;
}

}  // namespace samla::analysis
