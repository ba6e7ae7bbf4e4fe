#include "anchoring/wire.h"

#include "core/json_schema.h"
#include "core/wire.h"
#include "programme/wire.h"

namespace samla::anchoring {
namespace {

using nlohmann::json;

json actions_json(const Anchoring& a) {
  json out = json::array();
  for (const auto& p : a.actions)
    out.push_back({{"action_id", p.action_id}, {"title", p.title}, {"role", p.role}});
  return out;
}

json actions_schema() {
  json part = schema::complete(
      {{"action_id", schema::type("integer")},
       {"title", schema::type("string")},
       {"role", schema::enum_of({"accountable", "responsible", "consulted", "informed"})}});
  json out = schema::array_of(part);
  out["readOnly"] = true;
  return out;
}

const wire::Fields<Anchoring>& anchoring_fields() {
  static const wire::Fields<Anchoring> fields{
      wire::id("id", &Anchoring::id).always(),
      programme::programme_field(&Anchoring::programme_id),
      wire::custom<Anchoring>(
          "organisation_id", {{"type", "integer"}, {"minimum", 1}},
          [](const Anchoring& a) { return json(a.organisation_id); },
          [](const json& value, Anchoring& a, std::vector<FieldError>& errors) {
            if (value.is_number_integer() && value.get<std::int64_t>() >= 1)
              a.organisation_id = value.get<std::int64_t>();
            else
              errors.emplace_back("organisation_id", Msg::must_be_positive_id);
          })
          .needed(),
      wire::joined_text("organisation_name", &Anchoring::organisation_name).always(),
      wire::optional_id("initiative_id", &Anchoring::initiative_id)
          .describe("the initiative it commits to; null: the whole programme")
          .always(),
      wire::joined_text("initiative_title", &Anchoring::initiative_title).always(),
      wire::text("level", &Anchoring::level)
          .one_of(levels())
          .describe("informed → consulted → endorsed → committed → formally decided")
          .needed(),
      wire::optional_text("level_reason", &Anchoring::level_reason)
          .describe("why the level went down; required when a change lowers it")
          .always(),
      wire::text("deciding_body", &Anchoring::deciding_body)
          .describe("the board, council or committee that decided")
          .always(),
      wire::optional_text("decision_date", &Anchoring::decision_date)
          .with_schema({{"format", "date"}})
          .always(),
      wire::text("decision_reference", &Anchoring::decision_reference)
          .describe("the decision's number or reference")
          .always(),
      wire::optional_id("contact_person_id", &Anchoring::contact_person_id).always(),
      wire::joined_text("contact_name", &Anchoring::contact_name).always(),
      wire::text_list("responsibilities", &Anchoring::responsibilities)
          .describe("what the organisation took on, in its words")
          .always(),
      wire::custom<Anchoring>("actions", actions_schema(), actions_json, nullptr)
          .describe("the actions of the programme's plans where it is accountable or a party")
          .answer()
          .always(),
      wire::text("created_by", &Anchoring::created_by).answer().always(),
      wire::text("created_at", &Anchoring::created_at).answer().always(),
      wire::text("updated_at", &Anchoring::updated_at).answer().always(),
      wire::id("version", &Anchoring::version).always()};
  return fields;
}

}  // namespace

json to_json(const Anchoring& a) {
  return anchoring_fields().write(a);
}

Result<Anchoring> anchoring_from_json(const json& j) {
  return anchoring_fields().read(j);
}

json openapi_schemas() {
  json schemas;
  schemas["Anchoring"] = anchoring_fields().schema();
  schemas["AnchoringInput"] = anchoring_fields().input_schema();
  schemas["AnchoringPatch"] = anchoring_fields().patch_schema();
  schemas["AnchoringList"] = schema::list_of("Anchoring");
  return schemas;
}

}  // namespace samla::anchoring
