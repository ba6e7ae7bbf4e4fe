#include "register/json.h"

#include "core/json_schema.h"
#include "core/wire.h"

namespace samla::registry {
namespace {

using nlohmann::json;

const wire::Fields<Country>& country_fields() {
  static const wire::Fields<Country> fields{wire::text("code", &Country::code).always(),
                                            wire::text("alpha3", &Country::alpha3).always(),
                                            wire::text("name_en", &Country::name_en).always(),
                                            wire::text("name_sv", &Country::name_sv).always()};
  return fields;
}

const wire::Fields<CountryGroup>& country_group_fields() {
  static const wire::Fields<CountryGroup> fields{
      wire::text("slug", &CountryGroup::slug).pattern("^[a-z][a-z0-9_]*$").required(),
      wire::text("name", &CountryGroup::name).required(),
      wire::text("description", &CountryGroup::description),
      wire::text_list("countries", &CountryGroup::countries).always(),
      wire::record_meta(&CountryGroup::meta)};
  return fields;
}

const wire::Fields<Theme>& theme_fields() {
  static const wire::Fields<Theme> fields{
      wire::text("slug", &Theme::slug).pattern("^[a-z][a-z0-9_]*$").required(),
      wire::text("name_en", &Theme::name_en).required(),
      wire::text("name_sv", &Theme::name_sv).required(),
      wire::text("description", &Theme::description), wire::record_meta(&Theme::meta)};
  return fields;
}

const wire::Fields<Organisation>& organisation_fields() {
  static const wire::Fields<Organisation> fields{
      wire::text("name", &Organisation::name).max_length(300).required(),
      // Null in an answer for an organisation "to complete"; a client always sends both.
      wire::optional_text("sector", &Organisation::sector)
          .one_of(sectors())
          .required()
          .accepts({{"type", "string"}, {"enum", sectors()}}),
      wire::optional_text("level", &Organisation::level)
          .one_of(levels())
          .required()
          .accepts({{"type", "string"}, {"enum", levels()}}),
      wire::optional_text("country", &Organisation::country),
      wire::optional_id("parent_id", &Organisation::parent_id),
      wire::joined_text("parent_name", &Organisation::parent_name),
      wire::optional_text("website", &Organisation::website),
      wire::optional_id("contact_person_id", &Organisation::contact_person_id)
          .describe("the person invited for the organisation, e.g. from a kickoff list"),
      wire::joined_text("contact_person_name", &Organisation::contact_person_name),
      wire::record_meta(&Organisation::meta)};
  return fields;
}

const wire::Fields<Person>& person_fields() {
  static const wire::Fields<Person> fields{
      wire::text("name", &Person::name).max_length(300).required(),
      wire::optional_text("title", &Person::title),
      wire::optional_id("organisation_id", &Person::organisation_id),
      wire::joined_text("organisation_name", &Person::organisation_name),
      wire::optional_text("country", &Person::country).describe("ISO 3166-1 alpha-2"),
      wire::text_list("perspectives", &Person::perspectives)
          .one_of(perspectives())
          .describe("lived experience is special-category data (GDPR art. 9): "
                    "present only for admins and coordinators")
          .always(),
      wire::text_list("themes", &Person::themes).describe("theme slugs").always(),
      wire::text_list("languages", &Person::languages),
      wire::optional_text("email", &Person::email),
      wire::optional_text("phone", &Person::phone),
      wire::text_list("tags", &Person::tags),
      wire::text("notes", &Person::notes),
      wire::boolean("notes_special", &Person::notes_special)
          .describe("the notes hold health details: only those who see lived experience read "
                    "them or find the person by them"),
      wire::optional_text("mapped_by", &Person::mapped_by),
      wire::optional_text("mapping_reason", &Person::mapping_reason),
      wire::optional_text("lived_experience_consent_on", &Person::lived_experience_consent_on)
          .with_schema({{"format", "date"}, {"writeOnly", true}})
          .input_only()
          .describe("sent, never answered: the day the person gave explicit consent to keeping "
                    "their lived experience; needed to add lived_experience to perspectives "
                    "unless that consent is already recorded"),
      wire::record_meta(&Person::meta)};
  return fields;
}

// The Record, RecordInput, RecordPatch and RecordPage (or RecordList) schemas of one type.
template <typename T>
void describe(json& out, const std::string& name, const wire::Fields<T>& fields,
              const std::string& list_suffix) {
  out[name] = fields.schema();
  out[name + "Input"] = fields.input_schema();
  out[name + "Patch"] = fields.patch_schema();
  out[name + list_suffix] = schema::page_of(name);
}

}  // namespace

json to_json(const Country& c) {
  return country_fields().write(c);
}
json to_json(const CountryGroup& g) {
  return country_group_fields().write(g);
}
json to_json(const Theme& t) {
  return theme_fields().write(t);
}
json to_json(const Organisation& o) {
  return organisation_fields().write(o);
}
json to_json(const Person& p) {
  return person_fields().write(p);
}

Result<CountryGroup> country_group_from_json(const json& j) {
  return country_group_fields().read(j);
}
Result<Theme> theme_from_json(const json& j) {
  return theme_fields().read(j);
}
Result<Organisation> organisation_from_json(const json& j) {
  return organisation_fields().read(j);
}
Result<Person> person_from_json(const json& j) {
  return person_fields().read(j);
}

json openapi_schemas() {
  using namespace schema;
  json out;
  describe(out, "Person", person_fields(), "Page");
  describe(out, "Organisation", organisation_fields(), "Page");
  describe(out, "Theme", theme_fields(), "List");
  describe(out, "CountryGroup", country_group_fields(), "List");
  out["Country"] = country_fields().schema();
  out["CountryList"] = page_of("Country");
  json problem = object({{"line", type("integer")},
                         {"column", type("string")},
                         {"field", type("string")},
                         {"code", type("string")},
                         {"params", {{"type", "object"}, {"additionalProperties", type("string")}}},
                         {"message", type("string")}},
                        {"line", "code", "params", "message"});
  out["ImportReport"] =
      object({{"dry_run", type("boolean")},
              {"created", type("integer")},
              {"updated", type("integer")},
              {"unchanged", type("integer")},
              {"errors", array_of(problem)},
              {"warnings", array_of(problem)},
              {"columns", array_of(object({{"header", type("string")},
                                           {"field", {{"type", {"string", "null"}}}},
                                           {"chosen", type("boolean")}},
                                          {"header", "field", "chosen"}))},
              {"organisations_created",
               array_of(object({{"line", type("integer")},
                                {"name", type("string")},
                                {"country", {{"type", {"string", "null"}}}},
                                {"sector", {{"type", {"string", "null"}}}},
                                {"level", {{"type", {"string", "null"}}}},
                                {"to_complete", type("boolean")}},
                               {"line", "name", "country", "sector", "level", "to_complete"}))},
              {"added", {{"type", "object"}, {"additionalProperties", type("integer")}}}},
             {"dry_run", "created", "updated", "unchanged", "errors", "warnings", "columns",
              "organisations_created", "added"});
  return out;
}

}  // namespace samla::registry
