// One table per wire type: each row names a field and says how it is written to JSON, read
// back from a request body (with a 422 field error for a wrong type), and described in the
// OpenAPI document. The writer, the reader and the JSON Schema then come from the same rows
// and cannot drift apart. Checks that need more than a type (lengths, formats, references)
// stay in the capability's rules, which run on the value the reader produced.
//
//   const wire::Fields<Theme> kThemeFields{
//       wire::text("slug", &Theme::slug).pattern("^[a-z][a-z0-9_]*$").required(),
//       wire::text("name_en", &Theme::name_en).required(),
//       ...
//       wire::record_meta(&Theme::meta)};
//   kThemeFields.write(theme);   kThemeFields.read(body);   kThemeFields.schema();
#pragma once

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"

namespace samla::wire {

using nlohmann::json;

template <typename T>
class Fields;

template <typename T>
struct Field {
  std::string name;
  json schema;
  // Writes the field; empty for a field that is only read.
  std::function<json(const T&)> write;
  // Reads the field when the body has it; empty for a read-only field (accepted, ignored).
  std::function<void(const json&, T&, std::vector<FieldError>&)> read;
  bool always_sent = false;      // in every answer (JSON Schema "required" of the record)
  bool required_input = false;   // must be given when creating (of the Input schema)
  bool checked_present = false;  // the reader itself refuses a body without it
  bool answer_only = false;      // id, version, times, status: in answers only
  json input_schema;             // when a client sends less than it reads (null: `schema`)

  Field&& describe(const std::string& text) && {
    schema["description"] = text;
    return std::move(*this);
  }
  Field&& max_length(int characters) && {
    schema["maxLength"] = characters;
    return std::move(*this);
  }
  Field&& pattern(const std::string& regex) && {
    schema["pattern"] = regex;
    return std::move(*this);
  }
  // Every item (or the value) is one of `values` (or null, for text that may be null).
  Field&& one_of(const std::vector<std::string>& values) && {
    const json type = schema.value("type", json());
    if (type.is_array()) {
      json allowed(values);
      allowed.push_back(nullptr);
      schema["enum"] = std::move(allowed);
    } else if (type == "array") {
      // Built step by step: replacing "items" with a braced list leaked its old nodes in the
      // clang fuzz build (LeakSanitizer), an initializer-list quirk of nlohmann/json.
      json items = json::object();
      items["type"] = "string";
      items["enum"] = values;
      schema["items"] = std::move(items);
    } else
      schema["enum"] = values;
    return std::move(*this);
  }
  // What a client sends differs from what it reads (a reference without the joined name).
  Field&& accepts(json input) && {
    input_schema = std::move(input);
    return std::move(*this);
  }
  Field&& with_schema(const json& extra) && {
    schema.update(extra);
    return std::move(*this);
  }
  // Sent in every answer.
  Field&& always() && {
    always_sent = true;
    return std::move(*this);
  }
  // Sent in every answer and needed to create one (the capability's rules say so when it
  // is missing or empty).
  Field&& required() && {
    always_sent = true;
    required_input = true;
    return std::move(*this);
  }
  // As required(), and the reader refuses a body without it (or with null): "is required".
  Field&& needed() && {
    always_sent = true;
    required_input = true;
    checked_present = true;
    return std::move(*this);
  }
  // Sent by a client, never answered (a consent day that becomes a record of its own).
  Field&& input_only() && {
    write = nullptr;
    return std::move(*this);
  }
  // Decided by the server: sent, accepted back and ignored, not part of what a client sends.
  Field&& answer() && {
    answer_only = true;
    read = nullptr;
    return std::move(*this);
  }
};

// Text; null reads as empty.
template <typename T>
Field<T> text(std::string name, std::string T::*member) {
  Field<T> f{name, {{"type", "string"}}, {}, {}};
  f.write = [member](const T& v) { return json(v.*member); };
  f.read = [name, member](const json& body, T& out, std::vector<FieldError>& errors) {
    const json& value = body.at(name);
    if (value.is_string())
      out.*member = value.get<std::string>();
    else if (value.is_null())
      (out.*member).clear();
    else
      errors.emplace_back(name, Msg::must_be_string);
  };
  return f;
}

// Text or null.
template <typename T>
Field<T> optional_text(std::string name, std::optional<std::string> T::*member) {
  Field<T> f{name, {{"type", json::array({"string", "null"})}}, {}, {}};
  f.write = [member](const T& v) { return v.*member ? json(*(v.*member)) : json(nullptr); };
  f.read = [name, member](const json& body, T& out, std::vector<FieldError>& errors) {
    const json& value = body.at(name);
    if (value.is_null())
      (out.*member).reset();
    else if (value.is_string())
      out.*member = value.get<std::string>();
    else
      errors.emplace_back(name, Msg::must_be_string_or_null);
  };
  return f;
}

// The id of another record, or null.
template <typename T>
Field<T> optional_id(std::string name, std::optional<std::int64_t> T::*member) {
  Field<T> f{name, {{"type", json::array({"integer", "null"})}}, {}, {}};
  f.write = [member](const T& v) { return v.*member ? json(*(v.*member)) : json(nullptr); };
  f.read = [name, member](const json& body, T& out, std::vector<FieldError>& errors) {
    const json& value = body.at(name);
    if (value.is_null())
      (out.*member).reset();
    else if (value.is_number_integer())
      out.*member = value.get<std::int64_t>();
    else
      errors.emplace_back(name, Msg::must_be_id_or_null);
  };
  return f;
}

// The id of another record that must be named (an agreement's party): a positive whole number.
template <typename T>
Field<T> reference(std::string name, std::int64_t T::*member) {
  Field<T> f{name, {{"type", "integer"}, {"minimum", 1}}, {}, {}};
  f.write = [member](const T& v) { return json(v.*member); };
  f.read = [name, member](const json& body, T& out, std::vector<FieldError>& errors) {
    const json& value = body.at(name);
    if (value.is_number_integer() && value.get<std::int64_t>() >= 1)
      out.*member = value.get<std::int64_t>();
    else
      errors.emplace_back(name, Msg::must_be_positive_id);
  };
  return f;
}

// An id the client may send back to keep it (an agenda item's): written always, read as a
// positive whole number; 0 means "none yet" and is not written.
template <typename T>
Field<T> kept_id(std::string name, std::int64_t T::*member) {
  json schema = json::object();
  schema["type"] = "integer";
  schema["minimum"] = 1;
  Field<T> f{name, std::move(schema), {}, {}};
  f.write = [member](const T& v) { return v.*member > 0 ? json(v.*member) : json(nullptr); };
  f.read = [name, member](const json& body, T& out, std::vector<FieldError>& errors) {
    const json& value = body.at(name);
    if (value.is_null()) return;
    if (value.is_number_integer() && value.get<std::int64_t>() >= 1)
      out.*member = value.get<std::int64_t>();
    else
      errors.emplace_back(name, Msg::must_be_positive_id);
  };
  return f;
}

// A list of ids of other records; null reads as empty.
template <typename T>
Field<T> id_list(std::string name, std::vector<std::int64_t> T::*member) {
  json item = json::object();
  item["type"] = "integer";
  item["minimum"] = 1;
  json schema = json::object();
  schema["type"] = "array";
  schema["items"] = std::move(item);
  Field<T> f{name, std::move(schema), {}, {}};
  f.write = [member](const T& v) { return json(v.*member); };
  f.read = [name, member](const json& body, T& out, std::vector<FieldError>& errors) {
    const json& value = body.at(name);
    std::vector<std::int64_t> ids;
    if (!value.is_null() && !value.is_array()) {
      errors.emplace_back(name, Msg::must_be_ids);
      return;
    }
    if (value.is_array())
      for (const json& item : value) {
        if (!item.is_number_integer() || item.get<std::int64_t>() < 1) {
          errors.emplace_back(name, Msg::must_be_ids);
          return;
        }
        ids.push_back(item.get<std::int64_t>());
      }
    out.*member = std::move(ids);
  };
  return f;
}

// A list of texts; null reads as empty.
template <typename T>
Field<T> text_list(std::string name, std::vector<std::string> T::*member) {
  json text = json::object();
  text["type"] = "string";
  json schema = json::object();
  schema["type"] = "array";
  schema["items"] = std::move(text);
  Field<T> f{name, std::move(schema), {}, {}};
  f.write = [member](const T& v) { return json(v.*member); };
  f.read = [name, member](const json& body, T& out, std::vector<FieldError>& errors) {
    const json& value = body.at(name);
    std::vector<std::string> items;
    if (!value.is_null() && !value.is_array()) {
      errors.emplace_back(name, Msg::must_be_string_list);
      return;
    }
    if (value.is_array())
      for (const json& item : value) {
        if (!item.is_string()) {
          errors.emplace_back(name, Msg::must_be_string_list);
          return;
        }
        items.push_back(item.get<std::string>());
      }
    out.*member = std::move(items);
  };
  return f;
}

// `value` as a whole number within ±1,000,000 (so no request can overflow what stores it).
inline std::optional<int> bounded_whole_number(const json& value) {
  if (!value.is_number_integer() || value.get<std::int64_t>() < -1000000 ||
      value.get<std::int64_t>() > 1000000)
    return std::nullopt;
  return value.get<int>();
}

// A whole number (bounded_whole_number).
template <typename T>
Field<T> integer(std::string name, int T::*member) {
  Field<T> f{name, {{"type", "integer"}}, {}, {}};
  f.write = [member](const T& v) { return json(v.*member); };
  f.read = [name, member](const json& body, T& out, std::vector<FieldError>& errors) {
    if (auto n = bounded_whole_number(body.at(name)))
      out.*member = *n;
    else
      errors.emplace_back(name, Msg::must_be_whole_number);
  };
  return f;
}

// A whole number (bounded_whole_number) or null.
template <typename T>
Field<T> optional_integer(std::string name, std::optional<int> T::*member) {
  Field<T> f{name, {{"type", json::array({"integer", "null"})}}, {}, {}};
  f.write = [member](const T& v) { return v.*member ? json(*(v.*member)) : json(nullptr); };
  f.read = [name, member](const json& body, T& out, std::vector<FieldError>& errors) {
    const json& value = body.at(name);
    if (value.is_null())
      (out.*member).reset();
    else if (auto n = bounded_whole_number(value))
      out.*member = *n;
    else
      errors.emplace_back(name, Msg::must_be_whole_number);
  };
  return f;
}

// A number (finite; within ±1e15, so that it survives a round trip through any store).
template <typename T>
Field<T> number(std::string name, double T::*member) {
  Field<T> f{name, {{"type", "number"}}, {}, {}};
  f.write = [member](const T& v) { return json(v.*member); };
  f.read = [name, member](const json& body, T& out, std::vector<FieldError>& errors) {
    const json& value = body.at(name);
    if (!value.is_number() || !(std::abs(value.get<double>()) <= 1e15))
      errors.emplace_back(name, Msg::must_be_number);
    else
      out.*member = value.get<double>();
  };
  return f;
}

// A number or null.
template <typename T>
Field<T> optional_number(std::string name, std::optional<double> T::*member) {
  Field<T> f{name, {{"type", json::array({"number", "null"})}}, {}, {}};
  f.write = [member](const T& v) { return v.*member ? json(*(v.*member)) : json(nullptr); };
  f.read = [name, member](const json& body, T& out, std::vector<FieldError>& errors) {
    const json& value = body.at(name);
    if (value.is_null())
      (out.*member).reset();
    else if (!value.is_number() || !(std::abs(value.get<double>()) <= 1e15))
      errors.emplace_back(name, Msg::must_be_number);
    else
      out.*member = value.get<double>();
  };
  return f;
}

// true or false.
template <typename T>
Field<T> boolean(std::string name, bool T::*member) {
  Field<T> f{name, {{"type", "boolean"}}, {}, {}};
  f.write = [member](const T& v) { return json(v.*member); };
  f.read = [name, member](const json& body, T& out, std::vector<FieldError>& errors) {
    if (body.at(name).is_boolean())
      out.*member = body.at(name).get<bool>();
    else
      errors.emplace_back(name, Msg::must_be_boolean);
  };
  return f;
}

// A field with its own writer and reader (`read` gets the field's value).
template <typename T>
Field<T> custom(std::string name, json schema, std::function<json(const T&)> write,
                std::function<void(const json&, T&, std::vector<FieldError>&)> read) {
  Field<T> f{name, std::move(schema), std::move(write), {}};
  if (read)
    f.read = [name, read = std::move(read)](const json& body, T& out,
                                            std::vector<FieldError>& errors) {
      read(body.at(name), out, errors);
    };
  return f;
}

// A record's id (or another whole number the server decides), sent only.
template <typename T>
Field<T> id(std::string name, std::int64_t T::*member) {
  Field<T> f{name, {{"type", "integer"}}, {}, {}};
  f.write = [member](const T& v) { return json(v.*member); };
  f.answer_only = true;
  return f;
}

// A list of objects, each read and written by `items`; a problem in one is named by its
// path, "agenda[2].time".
template <typename T, typename Item>
Field<T> objects(std::string name, std::vector<Item> T::*member, const Fields<Item>& items) {
  Field<T> f{name, {{"type", "array"}, {"items", items.input_schema()}}, {}, {}};
  f.write = [member, &items](const T& v) {
    json out = json::array();
    for (const auto& item : v.*member) out.push_back(items.write(item));
    return out;
  };
  f.read = [name, member, &items](const json& body, T& out, std::vector<FieldError>& errors) {
    const json& value = body.at(name);
    if (value.is_null()) return;
    if (!value.is_array()) {
      errors.emplace_back(name, Msg::must_be_list);
      return;
    }
    std::vector<Item> read;
    for (std::size_t i = 0; i < value.size(); ++i) {
      std::string path = name + "[" + std::to_string(i) + "]";
      auto item = items.read(value.at(i));
      if (item.ok()) {
        read.push_back(std::move(item).value());
        continue;
      }
      for (const auto& inner : item.error().fields)
        errors.emplace_back(inner.field.empty() ? path : path + "." + inner.field, inner.code,
                            inner.params);
    }
    out.*member = std::move(read);
  };
  return f;
}

// One object read and written by `item`, or null; a problem inside is named by its path,
// "accountable.person_id".
template <typename T, typename Item>
Field<T> optional_object(std::string name, std::optional<Item> T::*member,
                         const Fields<Item>& item) {
  json schema = json::object();
  schema["oneOf"] = json::array({item.schema(), json{{"type", "null"}}});
  Field<T> f{name, std::move(schema), {}, {}};
  json input = json::object();
  input["oneOf"] = json::array({item.input_schema(), json{{"type", "null"}}});
  f.input_schema = std::move(input);
  f.write = [member, &item](const T& v) {
    return v.*member ? item.write(*(v.*member)) : json(nullptr);
  };
  f.read = [name, member, &item](const json& body, T& out, std::vector<FieldError>& errors) {
    const json& value = body.at(name);
    if (value.is_null()) {
      (out.*member).reset();
      return;
    }
    auto read = item.read(value);
    if (read.ok()) {
      out.*member = std::move(read).value();
      return;
    }
    for (const auto& inner : read.error().fields)
      errors.emplace_back(inner.field.empty() ? name : name + "." + inner.field, inner.code,
                          inner.params);
  };
  return f;
}

// Text or null that the server fills in (a joined name): sent, and accepted back but ignored.
template <typename T>
Field<T> joined_text(std::string name, std::optional<std::string> T::*member) {
  Field<T> f{name, {{"type", json::array({"string", "null"})}, {"readOnly", true}}, {}, {}};
  f.write = [member](const T& v) { return v.*member ? json(*(v.*member)) : json(nullptr); };
  return f;
}

// The id, times and version of a record (a struct with id, created_at, updated_at and
// version), all read-only.
template <typename T, typename M>
std::vector<Field<T>> record_meta(M T::*member) {
  auto meta = [member](const char* name, json schema, auto get) {
    Field<T> f{name, std::move(schema), {}, {}};
    f.write = [member, get](const T& v) { return json(get(v.*member)); };
    f.answer_only = true;
    f.always_sent = f.name == "id" || f.name == "version";
    return f;
  };
  json time{{"type", "string"}, {"format", "date-time"}, {"readOnly", true}};
  json integer{{"type", "integer"}, {"readOnly", true}};
  return {meta("id", integer, [](const M& m) { return m.id; }),
          meta("created_at", time, [](const M& m) { return m.created_at; }),
          meta("updated_at", time, [](const M& m) { return m.updated_at; }),
          meta("version", integer, [](const M& m) { return m.version; })};
}

// The rows of one wire type.
template <typename T>
class Fields {
 public:
  // Rows and groups of rows (record_meta) in any order.
  template <typename... Rows>
  explicit Fields(Rows&&... rows) {
    (add(std::forward<Rows>(rows)), ...);
  }

  // The JSON object of `value`.
  json write(const T& value) const {
    json out = json::object();
    for (const auto& f : fields_)
      if (f.write) out[f.name] = f.write(value);
    return out;
  }

  // `start` with every field the body names read into it; a field of the wrong type, an
  // unknown field, or a body that is no object is a 422 naming it. Read-only fields are
  // accepted and ignored, so a client may send back what it read.
  Result<T> read(const json& body, T start = T{}) const {
    if (!body.is_object()) return invalid_field("", Msg::must_be_object);
    std::vector<FieldError> errors;
    for (const auto& entry : body.items())
      if (!find(entry.key())) errors.emplace_back(entry.key(), Msg::unknown_field);
    for (const auto& f : fields_)
      if (f.checked_present && (!body.contains(f.name) || body.at(f.name).is_null()))
        errors.emplace_back(f.name, Msg::required);
      else if (f.read && body.contains(f.name))
        f.read(body, start, errors);
    if (!errors.empty()) return invalid_fields(std::move(errors));
    return start;
  }

  // Only the fields a client may write: what is stored of a design, for example.
  json write_input(const T& value) const {
    json out = json::object();
    for (const auto& f : fields_)
      if (f.write && f.read) out[f.name] = f.write(value);
    return out;
  }

  // The record as the server sends it.
  json schema() const { return object(true, &Field<T>::always_sent); }
  // The record as the server sends it, when every field is in every answer.
  json complete_schema() const {
    json out = object(true, nullptr);
    for (const auto& f : fields_) out["required"].push_back(f.name);
    return out;
  }
  // What a client sends to create one: the writable fields, plus the joined ones it may send
  // back unchanged.
  json input_schema() const { return object(false, &Field<T>::required_input); }
  // What a client sends to change some fields.
  json patch_schema() const { return object(false, nullptr); }

 private:
  void add(Field<T> f) { fields_.push_back(std::move(f)); }
  void add(std::vector<Field<T>> group) {
    for (auto& f : group) fields_.push_back(std::move(f));
  }

  const Field<T>* find(const std::string& name) const {
    for (const auto& f : fields_)
      if (f.name == name) return &f;
    return nullptr;
  }

  json object(bool with_meta, bool Field<T>::*required_flag) const {
    json properties = json::object();
    std::vector<std::string> required;
    for (const auto& f : fields_) {
      if (f.answer_only && !with_meta) continue;
      properties[f.name] = !with_meta && !f.input_schema.is_null() ? f.input_schema : f.schema;
      if (required_flag && f.*required_flag) required.push_back(f.name);
    }
    return {{"type", "object"}, {"properties", properties}, {"required", required}};
  }

  std::vector<Field<T>> fields_;
};

}  // namespace samla::wire
