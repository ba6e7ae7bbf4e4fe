// JSON Schemas of the network's wire types (OpenAPI 3.1 uses JSON Schema 2020-12).
#include "network/model.h"
#include "network/routes.h"

namespace samla::network {
namespace {

using nlohmann::json;

json type(const char* t) {
  return {{"type", t}};
}
json nullable(const char* t) {
  return {{"type", json::array({t, "null"})}};
}
json array_of(json items) {
  return {{"type", "array"}, {"items", std::move(items)}};
}
json object(json properties, std::vector<std::string> required) {
  return {{"type", "object"}, {"properties", std::move(properties)}, {"required", required}};
}
json record(json properties) {
  std::vector<std::string> all;
  for (const auto& [name, schema] : properties.items()) all.push_back(name);
  return object(std::move(properties), all);
}

json summary() {
  return record({{"nodes", type("integer")},
                 {"edges", type("integer")},
                 {"density", type("number")},
                 {"components", type("integer")},
                 {"largest_component", type("integer")},
                 {"isolates", type("integer")},
                 {"communities", type("integer")},
                 {"community_sizes", array_of(type("integer"))},
                 {"modularity", type("number")},
                 {"cross_country_share", nullable("number")},
                 {"cross_sector_share", nullable("number")},
                 {"betweenness_estimated", type("boolean")}});
}

}  // namespace

json openapi_schemas() {
  json schemas;
  json end = object({{"kind", {{"type", "string"}, {"enum", {"person", "organisation"}}}},
                     {"id", type("integer")}},
                    {"kind", "id"});
  json input = {{"from", end},
                {"to", end},
                {"type", {{"type", "string"}, {"enum", tie_types()}}},
                {"directed", type("boolean")},
                {"strength", {{"type", "integer"}, {"minimum", 1}, {"maximum", 3}}},
                {"starts_on", nullable("string")},
                {"ends_on", nullable("string")},
                {"source", {{"type", "string"}, {"enum", tie_sources()}}},
                {"reported_by", nullable("string")},
                {"note", type("string")}};
  schemas["TieInput"] = object(input, {"from", "to", "type"});
  json named_end = end;
  named_end["properties"]["name"] = type("string");
  json tie = input;
  tie["from"] = named_end;
  tie["to"] = named_end;
  tie["id"] = type("integer");
  tie["created_at"] = type("string");
  tie["updated_at"] = type("string");
  tie["version"] = type("integer");
  schemas["Tie"] = record(tie);
  schemas["TieList"] = object({{"items", array_of({{"$ref", "#/components/schemas/Tie"}})},
                               {"total", type("integer")},
                               {"next", type("null")}},
                              {"items", "total", "next"});
  json node = record({{"id", {{"type", "string"}, {"description", "p:ID or o:ID"}}},
                      {"kind", {{"type", "string"}, {"enum", {"person", "organisation"}}}},
                      {"record_id", type("integer")},
                      {"name", type("string")},
                      {"country", nullable("string")},
                      {"sector", nullable("string")},
                      {"perspectives", array_of(type("string"))},
                      {"themes", array_of(type("string"))},
                      {"degree", type("integer")},
                      {"weighted_degree", type("number")},
                      {"betweenness", type("number")},
                      {"eigenvector", type("number")},
                      {"community", {{"type", "integer"}, {"description", "0: the largest"}}},
                      {"component", {{"type", "integer"}, {"description", "0: the largest"}}},
                      {"broker", type("boolean")}});
  json edge = record({{"source", type("string")},
                      {"target", type("string")},
                      {"weight", type("number")},
                      {"types", array_of(type("string"))},
                      {"co_participations", type("integer")},
                      {"tie_ids", array_of(type("integer"))}});
  schemas["NetworkView"] = record({{"as_of", type("string")},
                                   {"version", nullable("integer")},
                                   {"summary", summary()},
                                   {"nodes", array_of(node)},
                                   {"edges", array_of(edge)},
                                   {"brokers", array_of(type("string"))},
                                   {"isolates", array_of(type("string"))}});
  json point = summary();
  point["properties"]["as_of"] = type("string");
  point["properties"]["event"] = {
      {"type", json::array({"object", "null"})},
      {"properties", {{"id", type("integer")}, {"title", type("string")}}}};
  point["required"].push_back("as_of");
  point["required"].push_back("event");
  schemas["NetworkTrends"] = record({{"points", array_of(point)}});
  json person = record({{"id", type("string")},
                        {"person_id", type("integer")},
                        {"name", type("string")},
                        {"country", nullable("string")},
                        {"community", type("integer")}});
  schemas["Introductions"] =
      record({{"as_of", type("string")},
              {"items", array_of(record({{"a", person},
                                         {"b", person},
                                         {"score", type("number")},
                                         {"shared_themes", array_of(type("string"))},
                                         {"bridges_communities", type("boolean")},
                                         {"bridges_countries", type("boolean")},
                                         {"reason", type("string")}}))}});
  schemas["IntroductionNoteInput"] =
      object({{"person_ids",
               {{"type", "array"}, {"items", type("integer")}, {"minItems", 2}, {"maxItems", 2}}},
              {"text", {{"type", "string"}, {"minLength", 1}, {"maxLength", 2000}}}},
             {"person_ids", "text"});
  schemas["IntroductionNote"] = record(
      {{"note", type("string")},
       {"people", array_of(record({{"id", type("integer")}, {"version", type("integer")}}))}});
  return schemas;
}

}  // namespace samla::network
