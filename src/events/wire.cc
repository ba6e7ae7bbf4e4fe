#include "events/wire.h"

#include "core/wire.h"
#include "programme/wire.h"

namespace samla::events {
namespace {

using nlohmann::json;

const wire::Fields<AgendaItem>& agenda_item_fields() {
  static const wire::Fields<AgendaItem> fields{
      wire::text("time", &AgendaItem::time).describe("HH:MM, local").needed(),
      wire::text("title", &AgendaItem::title).needed(), wire::text("owner", &AgendaItem::owner),
      wire::text_list("items", &AgendaItem::items),
      wire::kept_id("id", &AgendaItem::id)
          .describe("given by the server; send it back to keep the item's id")
          .always()};
  return fields;
}

const wire::Fields<Material>& material_fields() {
  static const wire::Fields<Material> fields{
      wire::text("title", &Material::title),
      wire::text("url", &Material::url).with_schema({{"format", "uri"}}).needed()};
  return fields;
}

const wire::Fields<Event>& event_fields() {
  static const wire::Fields<Event> fields{
      wire::id("id", &Event::id),
      wire::text("title", &Event::title).needed(),
      wire::text("type", &Event::type).one_of(event_types()).needed(),
      programme::programme_field(&Event::programme_id),
      wire::text_list("themes", &Event::themes),
      wire::text("objectives", &Event::objectives),
      wire::text("format", &Event::format).one_of(formats()).needed(),
      wire::optional_text("venue", &Event::venue),
      wire::optional_text("link", &Event::link),
      wire::text("starts_at", &Event::starts_at)
          .describe("YYYY-MM-DDTHH:MM, wall-clock time in time_zone")
          .needed(),
      wire::text("ends_at", &Event::ends_at).describe("YYYY-MM-DDTHH:MM, after starts_at").needed(),
      wire::text("time_zone", &Event::time_zone).describe("IANA, e.g. Europe/Stockholm").needed(),
      wire::integer("capacity", &Event::capacity).with_schema({{"minimum", 1}}).needed(),
      wire::text_list("working_languages", &Event::working_languages),
      wire::text_list("interpretation_languages", &Event::interpretation_languages),
      wire::text("accessibility", &Event::accessibility),
      wire::objects("agenda", &Event::agenda, agenda_item_fields()),
      wire::text_list("facilitators", &Event::facilitators),
      wire::id_list("facilitator_user_ids", &Event::facilitator_user_ids)
          .describe("the facilitators' user accounts: they may write the event's outcomes"),
      wire::objects("materials", &Event::materials, material_fields()),
      wire::text("invitation_text_sv", &Event::invitation_text_sv)
          .describe(
              "the organisers' own words in the Swedish invitation (empty: the standard text)"),
      wire::text("invitation_text_en", &Event::invitation_text_en)
          .describe(
              "the organisers' own words in the English invitation (empty: the standard text)"),
      wire::optional_text("reply_by", &Event::reply_by)
          .describe(
              "YYYY-MM-DD: the day by which an answer is asked for, on or before the first day")
          .with_schema({{"format", "date"}}),
      wire::text("status", &Event::status).one_of(statuses()).answer(),
      wire::optional_text("readiness_override", &Event::readiness_override).answer(),
      wire::text("created_at", &Event::created_at).answer(),
      wire::text("updated_at", &Event::updated_at).answer(),
      wire::id("version", &Event::version)};
  return fields;
}

const wire::Fields<Lesson>& lesson_fields() {
  static const wire::Fields<Lesson> fields{
      wire::id("id", &Lesson::id),
      wire::text("text", &Lesson::text).needed(),
      wire::text("source", &Lesson::source),
      wire::text_list("themes", &Lesson::themes).required(),
      wire::text("status", &Lesson::status).one_of(lesson_statuses()),
      wire::text("created_at", &Lesson::created_at).answer(),
      wire::text("updated_at", &Lesson::updated_at).answer(),
      wire::id("version", &Lesson::version)};
  return fields;
}

}  // namespace

json design_json(const Event& e) {
  return event_fields().write_input(e);
}

json to_json(const Event& e) {
  return event_fields().write(e);
}

Result<Event> event_from_json(const json& j) {
  return event_fields().read(j);
}

json to_json(const Lesson& l) {
  return lesson_fields().write(l);
}

Result<Lesson> lesson_from_json(const json& j) {
  return lesson_fields().read(j);
}

void add_event_schemas(json& schemas) {
  schemas["EventInput"] = event_fields().input_schema();
  schemas["Event"] = event_fields().complete_schema();
  schemas["LessonInput"] = lesson_fields().input_schema();
  schemas["Lesson"] = lesson_fields().complete_schema();
}

}  // namespace samla::events
