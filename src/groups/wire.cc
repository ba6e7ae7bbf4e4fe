#include "groups/wire.h"

#include "core/json_schema.h"
#include "core/wire.h"
#include "programme/wire.h"

namespace samla::groups {
namespace {

using nlohmann::json;

const wire::Fields<Member>& member_fields() {
  static const wire::Fields<Member> fields{
      wire::custom<Member>(
          "person_id", {{"type", "integer"}, {"minimum", 1}},
          [](const Member& m) { return json(m.person_id); },
          [](const json& value, Member& m, std::vector<FieldError>& errors) {
            if (value.is_number_integer() && value.get<std::int64_t>() >= 1)
              m.person_id = value.get<std::int64_t>();
            else
              errors.emplace_back("person_id", Msg::must_be_positive_id);
          })
          .needed(),
      wire::joined_text("name", &Member::name).always(),
      wire::text("role", &Member::role).one_of(member_roles()).always(),
      wire::text("from_date", &Member::from_date)
          .with_schema({{"format", "date"}})
          .describe("the first day of the membership")
          .needed(),
      wire::optional_text("to_date", &Member::to_date)
          .with_schema({{"format", "date"}})
          .describe("the last day; null while still a member")
          .always()};
  return fields;
}

const wire::Fields<Deliverable>& deliverable_fields() {
  static const wire::Fields<Deliverable> fields{
      wire::kept_id("id", &Deliverable::id)
          .describe("send it back to keep the deliverable's id; new ones get one")
          .always(),
      wire::text("title", &Deliverable::title).needed(),
      wire::optional_text("due_date", &Deliverable::due_date)
          .with_schema({{"format", "date"}})
          .always(),
      wire::text("status", &Deliverable::status).one_of(deliverable_statuses()).always()};
  return fields;
}

const wire::Fields<Group>& group_fields() {
  static const wire::Fields<Group> fields{
      wire::id("id", &Group::id).always(),
      wire::text("kind", &Group::kind).one_of(kinds()).always(),
      wire::text("name", &Group::name).needed(),
      programme::programme_field(&Group::programme_id),
      wire::text("objective", &Group::objective).always(),
      wire::text("mandate", &Group::mandate).always(),
      wire::optional_id("lead_person_id", &Group::lead_person_id)
          .describe("the person who leads the group; their account manages it")
          .always(),
      wire::joined_text("lead_name", &Group::lead_name).always(),
      wire::text_list("themes", &Group::themes).describe("theme slugs").always(),
      wire::optional_text("start_date", &Group::start_date)
          .with_schema({{"format", "date"}})
          .always(),
      wire::optional_text("end_date", &Group::end_date).with_schema({{"format", "date"}}).always(),
      wire::objects("members", &Group::members, member_fields())
          .describe("dated memberships; a person may leave and come back")
          .always(),
      wire::objects("deliverables", &Group::deliverables, deliverable_fields()).always(),
      wire::integer("meeting_count", &Group::meeting_count).answer().always(),
      wire::text("created_by", &Group::created_by).answer().always(),
      wire::text("created_at", &Group::created_at).answer().always(),
      wire::text("updated_at", &Group::updated_at).answer().always(),
      wire::id("version", &Group::version).always()};
  return fields;
}

}  // namespace

json to_json(const Group& g) {
  return group_fields().write(g);
}

Result<Group> group_from_json(const json& j) {
  return group_fields().read(j);
}

json openapi_schemas() {
  json schemas;
  schemas["Group"] = group_fields().schema();
  schemas["GroupInput"] = group_fields().input_schema();
  schemas["GroupPatch"] = group_fields().patch_schema();
  schemas["GroupList"] = schema::list_of("Group");
  return schemas;
}

}  // namespace samla::groups
