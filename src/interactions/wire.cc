#include "interactions/wire.h"

#include "core/json_schema.h"
#include "core/wire.h"
#include "programme/wire.h"

namespace samla::interactions {
namespace {

using nlohmann::json;

const wire::Fields<Interaction>& interaction_fields() {
  static const wire::Fields<Interaction> fields{
      wire::id("id", &Interaction::id).always(),
      programme::programme_field(&Interaction::programme_id),
      wire::optional_id("person_id", &Interaction::person_id)
          .describe("the person the contact was with (or an organisation, or both)")
          .always(),
      wire::joined_text("person_name", &Interaction::person_name).always(),
      wire::optional_id("organisation_id", &Interaction::organisation_id).always(),
      wire::joined_text("organisation_name", &Interaction::organisation_name).always(),
      wire::text("day", &Interaction::day).with_schema({{"format", "date"}}).needed(),
      wire::text("channel", &Interaction::channel).one_of(channels()).always(),
      wire::text("by", &Interaction::by)
          .describe("who on the programme's side had the contact; none given: the writer")
          .always(),
      wire::text("summary", &Interaction::summary)
          .describe("what was said; empty for readers who may not see free text about people")
          .always(),
      wire::boolean("summary_special", &Interaction::summary_special)
          .describe("the summary holds health details: only those who see lived experience read "
                    "it")
          .always(),
      wire::boolean("summary_hidden", &Interaction::summary_hidden)
          .describe("the summary is kept from this reader")
          .answer()
          .always(),
      wire::optional_text("follow_up_on", &Interaction::follow_up_on)
          .with_schema({{"format", "date"}})
          .always(),
      wire::boolean("followed_up", &Interaction::followed_up).always(),
      wire::text("created_by", &Interaction::created_by).answer().always(),
      wire::text("created_at", &Interaction::created_at).answer().always(),
      wire::text("updated_at", &Interaction::updated_at).answer().always(),
      wire::id("version", &Interaction::version).always()};
  return fields;
}

}  // namespace

json to_json(const Interaction& i) {
  return interaction_fields().write(i);
}

Result<Interaction> interaction_from_json(const json& j) {
  return interaction_fields().read(j);
}

json openapi_schemas() {
  json schemas;
  schemas["Interaction"] = interaction_fields().schema();
  schemas["InteractionInput"] = interaction_fields().input_schema();
  schemas["InteractionPatch"] = interaction_fields().patch_schema();
  schemas["InteractionList"] = schema::list_of("Interaction");
  return schemas;
}

}  // namespace samla::interactions
