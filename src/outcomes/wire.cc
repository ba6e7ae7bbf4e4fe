#include "outcomes/wire.h"

#include "core/json_schema.h"
#include "core/wire.h"

namespace samla::outcomes {
namespace {

using nlohmann::json;

const wire::Fields<Outcome>& outcome_fields() {
  static const wire::Fields<Outcome> fields{
      wire::id("id", &Outcome::id).always(),
      wire::id("event_id", &Outcome::event_id).always(),
      wire::text("kind", &Outcome::kind).one_of(kinds()).needed(),
      wire::text("text", &Outcome::text).describe("at most 4,000 bytes of UTF-8").needed(),
      wire::text_list("themes", &Outcome::themes).describe("theme slugs").always(),
      wire::optional_id("agenda_item_id", &Outcome::agenda_item_id)
          .describe("the id of an item of the event's agenda")
          .always(),
      wire::text("source", &Outcome::source).one_of(sources()).always(),
      wire::text("status", &Outcome::status).one_of(statuses()).always(),
      wire::integer("position", &Outcome::position)
          .describe("1, 2, … in the event's order; change it with POST …/outcomes/order")
          .answer()
          .always(),
      wire::optional_id("owner_person_id", &Outcome::owner_person_id)
          .describe("an action point's owner, if a person")
          .always(),
      wire::optional_id("owner_organisation_id", &Outcome::owner_organisation_id)
          .describe("an action point's owner, if an organisation")
          .always(),
      wire::joined_text("owner_name", &Outcome::owner_name).always(),
      wire::optional_text("due_date", &Outcome::due_date)
          .with_schema({{"format", "date"}})
          .describe("an action point's, YYYY-MM-DD, not before the event's day")
          .always(),
      wire::optional_text("priority", &Outcome::priority)
          .with_schema({{"enum", {"high", "medium", "low", nullptr}}})
          .always(),
      wire::optional_id("speaker_person_id", &Outcome::speaker_person_id)
          .describe("a quote's speaker; null for readers unless they agreed to be named")
          .always(),
      wire::joined_text("speaker_name", &Outcome::speaker_name)
          .describe("only once the speaker agreed to be named")
          .always(),
      wire::optional_text("named_on", &Outcome::named_on)
          .with_schema({{"format", "date"}})
          .describe("the day the speaker agreed to be named with the quote")
          .always(),
      wire::text("created_by", &Outcome::created_by).answer().always(),
      wire::text("created_at", &Outcome::created_at).answer().always(),
      wire::text("updated_at", &Outcome::updated_at).answer().always(),
      wire::id("version", &Outcome::version).always()};
  return fields;
}

}  // namespace

json to_json(const Outcome& o) {
  return outcome_fields().write(o);
}

Result<Outcome> outcome_from_json(const json& j) {
  return outcome_fields().read(j);
}

json openapi_schemas() {
  json schemas;
  schemas["Outcome"] = outcome_fields().schema();
  schemas["OutcomeInput"] = outcome_fields().input_schema();
  schemas["OutcomePatch"] = outcome_fields().patch_schema();
  schemas["OutcomeList"] = schema::list_of("Outcome");
  schemas["OutcomeOrder"] = schema::object(
      {{"ids", schema::described(schema::array_of({{"type", "integer"}, {"minimum", 1}}),
                                 "every outcome of the event, once each, in the new order")}},
      {"ids"});
  return schemas;
}

}  // namespace samla::outcomes
