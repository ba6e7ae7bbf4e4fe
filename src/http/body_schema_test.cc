// Unknown fields are refused wherever they sit, as the route's schema describes the body.
#include "http/body_schema.h"

#include <gtest/gtest.h>

namespace samla::http {
namespace {

using nlohmann::json;

const json& components() {
  static const json c = {
      {"Item", {{"type", "object"}, {"properties", {{"time", {{"type", "string"}}}}}}},
      {"Input",
       {{"type", "object"},
        {"properties",
         {{"title", {{"type", "string"}}},
          {"weights", {{"type", "object"}, {"properties", {{"relevance", {{"type", "number"}}}}}}},
          {"agenda", {{"type", "array"}, {"items", {{"$ref", "#/components/schemas/Item"}}}}},
          {"counts", {{"type", "object"}, {"additionalProperties", {{"type", "integer"}}}}},
          {"free", {{"type", json::array({"object", "null"})}}}}}}}};
  return c;
}

std::vector<std::string> fields_of(const json& body) {
  std::vector<std::string> out;
  for (const auto& e : unknown_fields(body, resolve_refs(components()["Input"], components())))
    out.push_back(e.field);
  return out;
}

TEST(BodySchema, AcceptsDescribedFieldsAndTheRecordsOwn) {
  EXPECT_TRUE(fields_of({{"title", "x"},
                         {"weights", {{"relevance", 1}}},
                         {"agenda", json::array({{{"time", "09:00"}}})},
                         {"counts", {{"anything", 1}}},
                         {"free", {{"whatever", 2}}},
                         {"id", 3},
                         {"version", 2},
                         {"created_at", "x"},
                         {"updated_at", "y"}})
                  .empty());
}

TEST(BodySchema, NamesEveryUnknownFieldByItsPath) {
  auto fields = fields_of({{"title", "x"},
                           {"colour", "red"},
                           {"weights", {{"relevance", 1}, {"speed", 2}}},
                           {"agenda", json::array({{{"time", "09:00"}}, {{"colour", 1}}})}});
  EXPECT_EQ(fields, (std::vector<std::string>{"agenda[1].colour", "colour", "weights.speed"}));
}

TEST(BodySchema, RecordFieldsAreOnlyAcceptedAtTheTop) {
  EXPECT_EQ(fields_of({{"weights", {{"version", 1}}}}),
            std::vector<std::string>{"weights.version"});
}

TEST(BodySchema, WrongTypesAreLeftToTheReader) {
  // A list where an object belongs is the reader's 422 ("must be an object"), not ours.
  EXPECT_TRUE(fields_of({{"weights", json::array({1, 2})}, {"agenda", "x"}}).empty());
}

TEST(BodySchema, UnknownReferencesAcceptAnything) {
  json schema = resolve_refs({{"$ref", "#/components/schemas/Missing"}}, components());
  EXPECT_TRUE(unknown_fields({{"x", 1}}, schema).empty());
}

}  // namespace
}  // namespace samla::http
