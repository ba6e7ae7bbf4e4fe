#include "network/wire.h"

#include "core/json_schema.h"
#include "core/wire.h"
#include "privacy/redaction.h"

namespace samla::network {
namespace {

using nlohmann::json;

void read_end(const json& end, const char* field, Stakeholder& out,
              std::vector<FieldError>& errors) {
  const json kind = end.is_object() ? end.value("kind", json(nullptr)) : json(nullptr);
  const json id = end.is_object() ? end.value("id", json(nullptr)) : json(nullptr);
  if (!kind.is_string() || (kind != "person" && kind != "organisation") ||
      !id.is_number_integer()) {
    errors.emplace_back(field, Msg::must_be_stakeholder_ref);
    return;
  }
  out.kind = kind == "person" ? Stakeholder::Kind::person : Stakeholder::Kind::organisation;
  out.id = id.get<std::int64_t>();
}

const json& stakeholder_ref_schema() {
  static const json ref = schema::object(
      {{"kind", schema::enum_of({"person", "organisation"})}, {"id", schema::type("integer")}},
      {"kind", "id"});
  return ref;
}

// An end of a tie: {kind, id} in, with the stakeholder's name out.
wire::Field<Tie> tie_end(const char* name, Stakeholder Tie::*end, std::string Tie::*end_name) {
  json named = stakeholder_ref_schema();
  named["properties"]["name"] = schema::type("string");
  return wire::custom<Tie>(
             name, named,
             [end, end_name](const Tie& t) {
               json out = to_json(t.*end);
               out["name"] = t.*end_name;
               return out;
             },
             [name, end](const json& value, Tie& t, std::vector<FieldError>& errors) {
               read_end(value, name, t.*end, errors);
             })
      .accepts(stakeholder_ref_schema())
      .needed();
}

const wire::Fields<Tie>& tie_fields() {
  static const wire::Fields<Tie> fields{
      wire::id("id", &Tie::id),
      tie_end("from", &Tie::from, &Tie::from_name),
      tie_end("to", &Tie::to, &Tie::to_name),
      wire::text("type", &Tie::type).one_of(tie_types()).required(),
      wire::boolean("directed", &Tie::directed),
      wire::integer("strength", &Tie::strength).with_schema({{"minimum", 1}, {"maximum", 3}}),
      wire::optional_text("starts_on", &Tie::starts_on),
      wire::optional_text("ends_on", &Tie::ends_on),
      wire::text("source", &Tie::source).one_of(tie_sources()),
      wire::optional_text("reported_by", &Tie::reported_by),
      wire::text("note", &Tie::note),
      wire::boolean("note_special", &Tie::note_special)
          .describe("the note holds health details: only those who see lived experience read it"),
      wire::text("created_at", &Tie::created_at).answer(),
      wire::text("updated_at", &Tie::updated_at).answer(),
      wire::id("version", &Tie::version)};
  return fields;
}

// Blank optional text means none.
void blank_is_none(std::optional<std::string>& text) {
  if (text && text->empty()) text.reset();
}

}  // namespace

json to_json(const Stakeholder& s) {
  return {{"kind", kind_name(s.kind)}, {"id", s.id}};
}

void redact_tie(Tie& t, const privacy::Viewer& viewer) {
  bool hidden = false;
  privacy::redact_free_text(t.note, hidden, viewer, t.note_special);
  if (!viewer.sees_special_category()) t.note_special = false;
}

json to_json(const Tie& t) {
  return tie_fields().write(t);
}

Result<Tie> tie_from_json(const json& j) {
  SAMLA_ASSIGN(Tie t, tie_fields().read(j));
  blank_is_none(t.starts_on);
  blank_is_none(t.ends_on);
  blank_is_none(t.reported_by);
  return t;
}

void add_tie_schemas(json& schemas) {
  schemas["TieInput"] = tie_fields().input_schema();
  schemas["Tie"] = tie_fields().complete_schema();
  schemas["TieList"] = schema::list_of("Tie");
}

}  // namespace samla::network
