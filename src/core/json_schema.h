// Small builders for JSON Schema 2020-12 (what OpenAPI 3.1 uses), so each capability
// describes its answers in a few lines instead of its own copy of these helpers.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace samla::schema {

using nlohmann::json;

// {"$ref": "#/components/schemas/NAME"}
json ref(const std::string& name);
// {"type": TYPE}
json type(const char* type);
// {"type": [TYPE, "null"]}
json nullable(const char* type);
// A string that is one of `values`.
json enum_of(const std::vector<std::string>& values);
json array_of(json items);
// A whole number from `min` to `max`.
json integer(int min, int max);
json number(double min, double max);
// A day, YYYY-MM-DD.
json date();
// An object with these properties, of which `required` must be present.
json object(json properties, std::vector<std::string> required);
// An object whose every property is always present.
json complete(json properties);
// One page of a list: {items: [NAME], total, next}.
json page_of(const std::string& name);
// A whole list on one page: page_of with `next` always null.
json list_of(const std::string& name);
// `schema` with a description.
json described(json schema, const std::string& description);

}  // namespace samla::schema
