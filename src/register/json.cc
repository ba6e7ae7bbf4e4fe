#include "register/json.h"

#include <set>

namespace samla::registry {
namespace {

using nlohmann::json;

void put_meta(json& j, const RecordMeta& m) {
  j["id"] = m.id;
  j["created_at"] = m.created_at;
  j["updated_at"] = m.updated_at;
  j["version"] = m.version;
}

template <typename T>
json optional_json(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}

// Reads fields out of a JSON object, collecting an error per bad field.
class FieldReader {
 public:
  FieldReader(const json& j, std::set<std::string> writable, std::set<std::string> read_only)
      : j_(j) {
    if (!j.is_object()) {
      errors_.emplace_back("", Msg::must_be_object);
      return;
    }
    for (auto& [key, value] : j.items()) {
      (void)value;
      if (!writable.count(key) && !read_only.count(key))
        errors_.emplace_back(key, Msg::unknown_field);
    }
  }

  void text(const char* name, std::string& out) {
    if (!present(name)) return;
    const json& v = j_.at(name);
    if (v.is_string())
      out = v.get<std::string>();
    else if (v.is_null())
      out.clear();
    else
      errors_.emplace_back(name, Msg::must_be_string);
  }

  void optional_text(const char* name, std::optional<std::string>& out) {
    if (!present(name)) return;
    const json& v = j_.at(name);
    if (v.is_null())
      out.reset();
    else if (v.is_string())
      out = v.get<std::string>();
    else
      errors_.emplace_back(name, Msg::must_be_string_or_null);
  }

  void optional_id(const char* name, std::optional<std::int64_t>& out) {
    if (!present(name)) return;
    const json& v = j_.at(name);
    if (v.is_null())
      out.reset();
    else if (v.is_number_integer())
      out = v.get<std::int64_t>();
    else
      errors_.emplace_back(name, Msg::must_be_id_or_null);
  }

  void text_list(const char* name, std::vector<std::string>& out) {
    if (!present(name)) return;
    const json& v = j_.at(name);
    if (v.is_null()) {
      out.clear();
      return;
    }
    if (!v.is_array()) {
      errors_.emplace_back(name, Msg::must_be_string_list);
      return;
    }
    out.clear();
    for (const json& item : v) {
      if (!item.is_string()) {
        errors_.emplace_back(name, Msg::must_be_string_list);
        return;
      }
      out.push_back(item.get<std::string>());
    }
  }

  std::vector<FieldError> take_errors() { return std::move(errors_); }

 private:
  bool present(const char* name) const { return j_.is_object() && j_.contains(name); }
  const json& j_;
  std::vector<FieldError> errors_;
};

const std::set<std::string> kMetaFields{"id", "created_at", "updated_at", "version"};

std::set<std::string> with_meta(std::set<std::string> extra) {
  extra.insert(kMetaFields.begin(), kMetaFields.end());
  return extra;
}

template <typename T>
Result<T> finish(FieldReader& reader, T value) {
  auto errors = reader.take_errors();
  if (!errors.empty()) return invalid_fields(std::move(errors));
  return value;
}

}  // namespace

json to_json(const Country& c) {
  return json{
      {"code", c.code}, {"alpha3", c.alpha3}, {"name_en", c.name_en}, {"name_sv", c.name_sv}};
}

json to_json(const CountryGroup& g) {
  json j{{"slug", g.slug},
         {"name", g.name},
         {"description", g.description},
         {"countries", g.countries}};
  put_meta(j, g.meta);
  return j;
}

json to_json(const Theme& t) {
  json j{{"slug", t.slug},
         {"name_en", t.name_en},
         {"name_sv", t.name_sv},
         {"description", t.description}};
  put_meta(j, t.meta);
  return j;
}

json to_json(const Organisation& o) {
  json j{{"name", o.name},
         {"sector", o.sector},
         {"level", o.level},
         {"country", optional_json(o.country)},
         {"parent_id", optional_json(o.parent_id)},
         {"parent_name", optional_json(o.parent_name)},
         {"website", optional_json(o.website)}};
  put_meta(j, o.meta);
  return j;
}

json to_json(const Person& p) {
  json j{{"name", p.name},
         {"title", optional_json(p.title)},
         {"organisation_id", optional_json(p.organisation_id)},
         {"organisation_name", optional_json(p.organisation_name)},
         {"country", optional_json(p.country)},
         {"perspectives", p.perspectives},
         {"themes", p.themes},
         {"languages", p.languages},
         {"email", optional_json(p.email)},
         {"phone", optional_json(p.phone)},
         {"tags", p.tags},
         {"notes", p.notes},
         {"mapped_by", optional_json(p.mapped_by)},
         {"mapping_reason", optional_json(p.mapping_reason)}};
  put_meta(j, p.meta);
  return j;
}

Result<CountryGroup> country_group_from_json(const json& j) {
  FieldReader r(j, {"slug", "name", "description", "countries"}, kMetaFields);
  CountryGroup g;
  r.text("slug", g.slug);
  r.text("name", g.name);
  r.text("description", g.description);
  r.text_list("countries", g.countries);
  return finish(r, std::move(g));
}

Result<Theme> theme_from_json(const json& j) {
  FieldReader r(j, {"slug", "name_en", "name_sv", "description"}, kMetaFields);
  Theme t;
  r.text("slug", t.slug);
  r.text("name_en", t.name_en);
  r.text("name_sv", t.name_sv);
  r.text("description", t.description);
  return finish(r, std::move(t));
}

Result<Organisation> organisation_from_json(const json& j) {
  FieldReader r(j, {"name", "sector", "level", "country", "parent_id", "website"},
                with_meta({"parent_name"}));
  Organisation o;
  r.text("name", o.name);
  r.text("sector", o.sector);
  r.text("level", o.level);
  r.optional_text("country", o.country);
  r.optional_id("parent_id", o.parent_id);
  r.optional_text("website", o.website);
  return finish(r, std::move(o));
}

Result<Person> person_from_json(const json& j) {
  FieldReader r(j,
                {"name", "title", "organisation_id", "country", "perspectives", "themes",
                 "languages", "email", "phone", "tags", "notes", "mapped_by", "mapping_reason"},
                with_meta({"organisation_name"}));
  Person p;
  r.text("name", p.name);
  r.optional_text("title", p.title);
  r.optional_id("organisation_id", p.organisation_id);
  r.optional_text("country", p.country);
  r.text_list("perspectives", p.perspectives);
  r.text_list("themes", p.themes);
  r.text_list("languages", p.languages);
  r.optional_text("email", p.email);
  r.optional_text("phone", p.phone);
  r.text_list("tags", p.tags);
  r.text("notes", p.notes);
  r.optional_text("mapped_by", p.mapped_by);
  r.optional_text("mapping_reason", p.mapping_reason);
  return finish(r, std::move(p));
}

}  // namespace samla::registry
