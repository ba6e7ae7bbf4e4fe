#include "network/wire.h"

namespace samla::network {
namespace {

using nlohmann::json;

template <typename T>
json optional_json(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}

void read_end(const json& j, const char* field, Stakeholder& out, std::vector<FieldError>& errors) {
  const json end = j.value(field, json(nullptr));
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

std::optional<std::string> optional_text(const json& j, const char* field,
                                         std::vector<FieldError>& errors) {
  if (!j.contains(field) || j.at(field).is_null()) return std::nullopt;
  if (!j.at(field).is_string()) {
    errors.emplace_back(field, Msg::must_be_text);
    return std::nullopt;
  }
  std::string v = j.at(field).get<std::string>();
  if (v.empty()) return std::nullopt;
  return v;
}

}  // namespace

json to_json(const Stakeholder& s) {
  return {{"kind", kind_name(s.kind)}, {"id", s.id}};
}

void redact_tie(Tie& t, const privacy::Viewer& viewer) {
  if (!viewer.sees_free_text()) t.note.clear();
}

json to_json(const Tie& t) {
  json from = to_json(t.from), to = to_json(t.to);
  from["name"] = t.from_name;
  to["name"] = t.to_name;
  return {{"id", t.id},
          {"from", from},
          {"to", to},
          {"type", t.type},
          {"directed", t.directed},
          {"strength", t.strength},
          {"starts_on", optional_json(t.starts_on)},
          {"ends_on", optional_json(t.ends_on)},
          {"source", t.source},
          {"reported_by", optional_json(t.reported_by)},
          {"note", t.note},
          {"created_at", t.created_at},
          {"updated_at", t.updated_at},
          {"version", t.version}};
}

Result<Tie> tie_from_json(const json& j) {
  if (!j.is_object()) return invalid_field("", Msg::must_be_object);
  std::vector<FieldError> errors;
  Tie t;
  read_end(j, "from", t.from, errors);
  read_end(j, "to", t.to, errors);
  if (j.contains("type") && !j.at("type").is_string())
    errors.emplace_back("type", Msg::must_be_text);
  else
    t.type = j.value("type", std::string());
  if (j.contains("directed") && !j.at("directed").is_boolean())
    errors.emplace_back("directed", Msg::must_be_boolean);
  else
    t.directed = j.value("directed", false);
  if (j.contains("strength") && !j.at("strength").is_number_integer())
    errors.emplace_back("strength", Msg::must_be_values, MessageParams{{"values", "1\n2\n3"}});
  else
    t.strength = j.value("strength", 2);
  if (j.contains("source") && !j.at("source").is_string())
    errors.emplace_back("source", Msg::must_be_values,
                        MessageParams{{"values", "reported\nobserved"}});
  else
    t.source = j.value("source", std::string("reported"));
  t.starts_on = optional_text(j, "starts_on", errors);
  t.ends_on = optional_text(j, "ends_on", errors);
  t.reported_by = optional_text(j, "reported_by", errors);
  t.note = optional_text(j, "note", errors).value_or("");
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return t;
}

}  // namespace samla::network
