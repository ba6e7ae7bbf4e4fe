// Wire format of the register: JSON objects with snake_case fields, each type described once
// by a field table (core/wire.h) that gives the writer, the reader and the JSON Schema.
// Reading is strict: a wrong type or an unknown field is a field error, so a typo never
// silently drops data. Read-only fields (id, version, times, joined names) are accepted and
// ignored, so a client may PUT back what it got.
#pragma once

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "register/model.h"

namespace samla::registry {

nlohmann::json to_json(const Country& c);
nlohmann::json to_json(const CountryGroup& g);
nlohmann::json to_json(const Theme& t);
nlohmann::json to_json(const Organisation& o);
nlohmann::json to_json(const Person& p);

Result<CountryGroup> country_group_from_json(const nlohmann::json& j);
Result<Theme> theme_from_json(const nlohmann::json& j);
Result<Organisation> organisation_from_json(const nlohmann::json& j);
Result<Person> person_from_json(const nlohmann::json& j);

// JSON Schemas of the register's wire types, for the OpenAPI document's components.
nlohmann::json openapi_schemas();

}  // namespace samla::registry
