// JSON Schemas of the register's wire types (OpenAPI 3.1 uses JSON Schema 2020-12).
#include "register/model.h"
#include "register/routes.h"

namespace samla::registry {
namespace {

using nlohmann::json;

json nullable_string() {
  return json{{"type", json::array({"string", "null"})}};
}
json string_array() {
  return json{{"type", "array"}, {"items", {{"type", "string"}}}};
}
json enum_of(const std::vector<std::string>& values) {
  return json{{"type", "string"}, {"enum", values}};
}

json meta_properties() {
  return json{{"id", {{"type", "integer"}, {"readOnly", true}}},
              {"created_at", {{"type", "string"}, {"format", "date-time"}, {"readOnly", true}}},
              {"updated_at", {{"type", "string"}, {"format", "date-time"}, {"readOnly", true}}},
              {"version", {{"type", "integer"}, {"readOnly", true}}}};
}

json object(json properties, std::vector<std::string> required) {
  return json{
      {"type", "object"}, {"properties", std::move(properties)}, {"required", std::move(required)}};
}

json with_meta(json properties) {
  properties.update(meta_properties());
  return properties;
}

json page_of(const std::string& schema) {
  return object(
      {{"items", {{"type", "array"}, {"items", {{"$ref", "#/components/schemas/" + schema}}}}},
       {"total", {{"type", "integer"}}},
       {"next",
        {{"type", json::array({"string", "null"})},
         {"description", "cursor of the next page; null on the last"}}}},
      {"items", "total", "next"});
}

}  // namespace

json openapi_schemas() {
  json person_fields{
      {"name", {{"type", "string"}, {"maxLength", 300}}},
      {"title", nullable_string()},
      {"organisation_id", {{"type", json::array({"integer", "null"})}}},
      {"country",
       {{"type", json::array({"string", "null"})}, {"description", "ISO 3166-1 alpha-2"}}},
      {"perspectives",
       {{"type", "array"},
        {"items", enum_of(perspectives())},
        {"description",
         "lived experience is special-category data (GDPR art. 9): "
         "present only for admins and coordinators"}}},
      {"themes",
       {{"type", "array"}, {"items", {{"type", "string"}}}, {"description", "theme slugs"}}},
      {"languages", string_array()},
      {"email", nullable_string()},
      {"phone", nullable_string()},
      {"tags", string_array()},
      {"notes", {{"type", "string"}}},
      {"mapped_by", nullable_string()},
      {"mapping_reason", nullable_string()}};
  json person = with_meta(person_fields);
  person["organisation_name"] = json{{"type", json::array({"string", "null"})}, {"readOnly", true}};

  json organisation_fields{{"name", {{"type", "string"}, {"maxLength", 300}}},
                           {"sector", enum_of(sectors())},
                           {"level", enum_of(levels())},
                           {"country", nullable_string()},
                           {"parent_id", {{"type", json::array({"integer", "null"})}}},
                           {"website", nullable_string()}};
  json organisation = with_meta(organisation_fields);
  organisation["parent_name"] = json{{"type", json::array({"string", "null"})}, {"readOnly", true}};

  json theme_fields{{"slug", {{"type", "string"}, {"pattern", "^[a-z][a-z0-9_]*$"}}},
                    {"name_en", {{"type", "string"}}},
                    {"name_sv", {{"type", "string"}}},
                    {"description", {{"type", "string"}}}};
  json group_fields{{"slug", {{"type", "string"}, {"pattern", "^[a-z][a-z0-9_]*$"}}},
                    {"name", {{"type", "string"}}},
                    {"description", {{"type", "string"}}},
                    {"countries", string_array()}};
  json country = object({{"code", {{"type", "string"}}},
                         {"alpha3", {{"type", "string"}}},
                         {"name_en", {{"type", "string"}}},
                         {"name_sv", {{"type", "string"}}}},
                        {"code", "alpha3", "name_en", "name_sv"});

  // A client may send back what it read: the joined names are accepted and ignored.
  json person_input = person_fields;
  person_input["organisation_name"] = person["organisation_name"];
  json organisation_input = organisation_fields;
  organisation_input["parent_name"] = organisation["parent_name"];

  json out;
  out["Person"] = object(person, {"id", "name", "perspectives", "themes", "version"});
  out["PersonInput"] = object(person_input, {"name"});
  out["PersonPatch"] = object(person_input, {});
  out["PersonPage"] = page_of("Person");
  out["Organisation"] = object(organisation, {"id", "name", "sector", "level", "version"});
  out["OrganisationInput"] = object(organisation_input, {"name", "sector", "level"});
  out["OrganisationPatch"] = object(organisation_input, {});
  out["OrganisationPage"] = page_of("Organisation");
  out["Theme"] = object(with_meta(theme_fields), {"id", "slug", "name_en", "name_sv", "version"});
  out["ThemeInput"] = object(theme_fields, {"slug", "name_en", "name_sv"});
  out["ThemePatch"] = object(theme_fields, {});
  out["ThemeList"] = page_of("Theme");
  out["CountryGroup"] =
      object(with_meta(group_fields), {"id", "slug", "name", "countries", "version"});
  out["CountryGroupInput"] = object(group_fields, {"slug", "name"});
  out["CountryGroupPatch"] = object(group_fields, {});
  out["CountryGroupList"] = page_of("CountryGroup");
  out["Country"] = country;
  out["CountryList"] = page_of("Country");
  out["ImportReport"] = object({{"dry_run", {{"type", "boolean"}}},
                                {"created", {{"type", "integer"}}},
                                {"updated", {{"type", "integer"}}},
                                {"unchanged", {{"type", "integer"}}},
                                {"errors",
                                 {{"type", "array"},
                                  {"items", object({{"line", {{"type", "integer"}}},
                                                    {"column", {{"type", "string"}}},
                                                    {"field", {{"type", "string"}}},
                                                    {"message", {{"type", "string"}}}},
                                                   {"line", "message"})}}}},
                               {"dry_run", "created", "updated", "unchanged", "errors"});
  return out;
}

}  // namespace samla::registry
