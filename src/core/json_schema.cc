#include "core/json_schema.h"

namespace samla::schema {

json ref(const std::string& name) {
  return {{"$ref", "#/components/schemas/" + name}};
}

json type(const char* type) {
  return {{"type", type}};
}

json nullable(const char* type) {
  return {{"type", json::array({type, "null"})}};
}

json enum_of(const std::vector<std::string>& values) {
  return {{"type", "string"}, {"enum", values}};
}

json array_of(json items) {
  return {{"type", "array"}, {"items", std::move(items)}};
}

json integer(int min, int max) {
  return {{"type", "integer"}, {"minimum", min}, {"maximum", max}};
}

json number(double min, double max) {
  return {{"type", "number"}, {"minimum", min}, {"maximum", max}};
}

json date() {
  return {{"type", "string"}, {"format", "date"}};
}

json object(json properties, std::vector<std::string> required) {
  return {
      {"type", "object"}, {"properties", std::move(properties)}, {"required", std::move(required)}};
}

json complete(json properties) {
  std::vector<std::string> required;
  for (const auto& entry : properties.items()) required.push_back(entry.key());
  return object(std::move(properties), std::move(required));
}

json page_of(const std::string& name) {
  return object(
      {{"items", array_of(ref(name))},
       {"total", type("integer")},
       {"next", described(nullable("string"), "cursor of the next page; null on the last")}},
      {"items", "total", "next"});
}

json list_of(const std::string& name) {
  json out = page_of(name);
  out["properties"]["next"] = type("null");
  return out;
}

json described(json schema, const std::string& description) {
  schema["description"] = description;
  return schema;
}

}  // namespace samla::schema
