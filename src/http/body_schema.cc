#include "http/body_schema.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace samla::http {
namespace {

using nlohmann::json;

constexpr std::string_view kRefPrefix = "#/components/schemas/";
constexpr int kMaxRefDepth = 8;
constexpr std::array<std::string_view, 4> kRecordFields{"id", "version", "created_at",
                                                        "updated_at"};

json resolve(const json& schema, const json& components, int depth) {
  if (schema.is_array()) {
    json out = json::array();
    for (const auto& item : schema) out.push_back(resolve(item, components, depth));
    return out;
  }
  if (!schema.is_object()) return schema;
  if (auto ref = schema.find("$ref"); ref != schema.end() && ref->is_string()) {
    std::string_view target = ref->get_ref<const std::string&>();
    if (depth >= kMaxRefDepth || !target.starts_with(kRefPrefix)) return json::object();
    auto found = components.find(std::string(target.substr(kRefPrefix.size())));
    if (found == components.end()) return json::object();
    return resolve(*found, components, depth + 1);
  }
  json out = json::object();
  for (const auto& [key, value] : schema.items()) out[key] = resolve(value, components, depth);
  return out;
}

bool allows_type(const json& schema, std::string_view type) {
  auto it = schema.find("type");
  if (it == schema.end()) return true;
  if (it->is_string()) return it->get_ref<const std::string&>() == type;
  if (it->is_array())
    for (const auto& t : *it)
      if (t.is_string() && t.get_ref<const std::string&>() == type) return true;
  return false;
}

void collect(const json& body, const json& schema, const std::string& path, bool top,
             std::vector<FieldError>& out) {
  if (!schema.is_object()) return;
  if (body.is_object() && allows_type(schema, "object")) {
    auto properties = schema.find("properties");
    if (properties == schema.end() || !properties->is_object()) return;
    auto additional = schema.find("additionalProperties");
    bool closed = additional == schema.end() || (additional->is_boolean() && !*additional);
    for (const auto& [key, value] : body.items()) {
      std::string field = path.empty() ? key : path + "." + key;
      if (auto described = properties->find(key); described != properties->end()) {
        collect(value, *described, field, false, out);
      } else if (top && std::find(kRecordFields.begin(), kRecordFields.end(), key) !=
                            kRecordFields.end()) {
        continue;
      } else if (closed) {
        out.emplace_back(field, Msg::not_a_request_field);
      } else if (additional->is_object()) {
        collect(value, *additional, field, false, out);
      }
    }
  } else if (body.is_array() && allows_type(schema, "array")) {
    auto items = schema.find("items");
    if (items == schema.end()) return;
    for (std::size_t i = 0; i < body.size(); ++i)
      collect(body[i], *items, path + "[" + std::to_string(i) + "]", false, out);
  }
}

}  // namespace

json resolve_refs(const json& schema, const json& components) {
  return resolve(schema, components, 0);
}

std::vector<FieldError> unknown_fields(const json& body, const json& schema) {
  std::vector<FieldError> out;
  collect(body, schema, "", true, out);
  return out;
}

}  // namespace samla::http
