#include "events/wire.h"

namespace samla::events {
namespace {

using nlohmann::json;

json optional_text(const std::optional<std::string>& t) {
  return t ? json(*t) : json(nullptr);
}

// Reads fields one by one, collecting an error for each one of the wrong JSON type.
class Reader {
 public:
  explicit Reader(const json& j) : j_(j) {}

  void text(const char* name, std::string& out, bool required = false) {
    if (!present(name)) {
      if (required) errors_.emplace_back(name, Msg::required);
      return;
    }
    if (!j_.at(name).is_string()) return fail(name, Msg::must_be_text);
    out = j_.at(name).get<std::string>();
  }
  void optional(const char* name, std::optional<std::string>& out) {
    if (!present(name)) return;
    if (!j_.at(name).is_string()) return fail(name, Msg::must_be_text_or_null);
    out = j_.at(name).get<std::string>();
  }
  void integer(const char* name, int& out) {
    if (!present(name)) return fail(name, Msg::required);
    const json& v = j_.at(name);
    if (!v.is_number_integer() || v.get<std::int64_t>() < -1000000 ||
        v.get<std::int64_t>() > 1000000)
      return fail(name, Msg::must_be_whole_number);
    out = v.get<int>();
  }
  void texts(const char* name, std::vector<std::string>& out) {
    if (!present(name)) return;
    const json& v = j_.at(name);
    if (!v.is_array()) return fail(name, Msg::must_be_texts);
    for (const auto& item : v) {
      if (!item.is_string()) return fail(name, Msg::must_be_texts);
      out.push_back(item.get<std::string>());
    }
  }
  const json* array(const char* name) {
    if (!present(name)) return nullptr;
    if (!j_.at(name).is_array()) {
      fail(name, Msg::must_be_list);
      return nullptr;
    }
    return &j_.at(name);
  }
  void fail(std::string field, Msg message) { errors_.emplace_back(std::move(field), message); }
  // A nested object's problem, under its path ("agenda[2].time").
  void fail(std::string field, const FieldError& inner) {
    errors_.emplace_back(std::move(field) + "." + inner.field, inner.code, inner.params);
  }
  std::vector<FieldError>& errors() { return errors_; }

 private:
  bool present(const char* name) const { return j_.contains(name) && !j_.at(name).is_null(); }
  const json& j_;
  std::vector<FieldError> errors_;
};

}  // namespace

json design_json(const Event& e) {
  json agenda = json::array();
  for (const auto& a : e.agenda)
    agenda.push_back(
        {{"time", a.time}, {"title", a.title}, {"owner", a.owner}, {"items", a.items}});
  json materials = json::array();
  for (const auto& m : e.materials) materials.push_back({{"title", m.title}, {"url", m.url}});
  return {{"title", e.title},
          {"type", e.type},
          {"themes", e.themes},
          {"objectives", e.objectives},
          {"format", e.format},
          {"venue", optional_text(e.venue)},
          {"link", optional_text(e.link)},
          {"starts_at", e.starts_at},
          {"ends_at", e.ends_at},
          {"time_zone", e.time_zone},
          {"capacity", e.capacity},
          {"working_languages", e.working_languages},
          {"interpretation_languages", e.interpretation_languages},
          {"accessibility", e.accessibility},
          {"agenda", agenda},
          {"facilitators", e.facilitators},
          {"materials", materials}};
}

json to_json(const Event& e) {
  json out = design_json(e);
  out["id"] = e.id;
  out["status"] = e.status;
  out["readiness_override"] = optional_text(e.readiness_override);
  out["created_at"] = e.created_at;
  out["updated_at"] = e.updated_at;
  out["version"] = e.version;
  return out;
}

Result<Event> event_from_json(const json& j) {
  if (!j.is_object()) return invalid_field("", Msg::must_be_object);
  Event e;
  Reader r(j);
  r.text("title", e.title, true);
  r.text("type", e.type, true);
  r.texts("themes", e.themes);
  r.text("objectives", e.objectives);
  r.text("format", e.format, true);
  r.optional("venue", e.venue);
  r.optional("link", e.link);
  r.text("starts_at", e.starts_at, true);
  r.text("ends_at", e.ends_at, true);
  r.text("time_zone", e.time_zone, true);
  r.integer("capacity", e.capacity);
  r.texts("working_languages", e.working_languages);
  r.texts("interpretation_languages", e.interpretation_languages);
  r.text("accessibility", e.accessibility);
  r.texts("facilitators", e.facilitators);
  if (const json* agenda = r.array("agenda"))
    for (std::size_t i = 0; i < agenda->size(); ++i) {
      const json& a = agenda->at(i);
      std::string field = "agenda[" + std::to_string(i) + "]";
      if (!a.is_object()) {
        r.fail(field, Msg::must_be_object);
        continue;
      }
      Reader item(a);
      AgendaItem out;
      item.text("time", out.time, true);
      item.text("title", out.title, true);
      item.text("owner", out.owner);
      item.texts("items", out.items);
      for (auto& inner : item.errors()) r.fail(field, inner);
      e.agenda.push_back(std::move(out));
    }
  if (const json* materials = r.array("materials"))
    for (std::size_t i = 0; i < materials->size(); ++i) {
      const json& m = materials->at(i);
      std::string field = "materials[" + std::to_string(i) + "]";
      if (!m.is_object()) {
        r.fail(field, Msg::must_be_object);
        continue;
      }
      Reader item(m);
      Material out;
      item.text("title", out.title);
      item.text("url", out.url, true);
      for (auto& inner : item.errors()) r.fail(field, inner);
      e.materials.push_back(std::move(out));
    }
  if (!r.errors().empty()) return invalid_fields(std::move(r.errors()));
  return e;
}

json to_json(const Lesson& l) {
  return {{"id", l.id},
          {"text", l.text},
          {"source", l.source},
          {"themes", l.themes},
          {"status", l.status},
          {"created_at", l.created_at},
          {"updated_at", l.updated_at},
          {"version", l.version}};
}

Result<Lesson> lesson_from_json(const json& j) {
  if (!j.is_object()) return invalid_field("", Msg::must_be_object);
  Lesson l;
  Reader r(j);
  r.text("text", l.text, true);
  r.text("source", l.source);
  r.texts("themes", l.themes);
  r.text("status", l.status);
  if (!r.errors().empty()) return invalid_fields(std::move(r.errors()));
  return l;
}

}  // namespace samla::events
