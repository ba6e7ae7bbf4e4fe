#include "core/wire.h"

#include <gtest/gtest.h>

#include "core/json_schema.h"

namespace samla::wire {
namespace {

struct Meta {
  std::int64_t id = 0;
  std::string created_at, updated_at;
  std::int64_t version = 1;
};

struct Thing {
  std::string name;
  std::optional<std::string> note;
  std::optional<std::int64_t> parent_id;
  std::optional<std::string> parent_name;
  std::vector<std::string> tags;
  Meta meta;
};

const Fields<Thing>& thing_fields() {
  static const Fields<Thing> fields{text("name", &Thing::name).max_length(10).required(),
                                    optional_text("note", &Thing::note).describe("a note"),
                                    optional_id("parent_id", &Thing::parent_id),
                                    joined_text("parent_name", &Thing::parent_name),
                                    text_list("tags", &Thing::tags).one_of({"a", "b"}).always(),
                                    record_meta(&Thing::meta)};
  return fields;
}

std::set<std::string> error_fields(const Error& e) {
  std::set<std::string> out;
  for (const auto& f : e.fields) out.insert(f.field);
  return out;
}

TEST(Wire, WritesEveryFieldAndReadsBackWhatItWrote) {
  Thing t{"Ana",    "hello", 4,
          "Parent", {"a"},   {7, "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z", 3}};
  json j = thing_fields().write(t);
  EXPECT_EQ(j, (json{{"name", "Ana"},
                     {"note", "hello"},
                     {"parent_id", 4},
                     {"parent_name", "Parent"},
                     {"tags", {"a"}},
                     {"id", 7},
                     {"created_at", "2026-01-01T00:00:00Z"},
                     {"updated_at", "2026-01-02T00:00:00Z"},
                     {"version", 3}}));
  auto back = thing_fields().read(j);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->name, "Ana");
  EXPECT_EQ(back->note, "hello");
  EXPECT_EQ(back->parent_id, 4);
  // Read-only fields are accepted and ignored: the server decides them.
  EXPECT_EQ(back->parent_name, std::nullopt);
  EXPECT_EQ(back->meta.id, 0);
  EXPECT_EQ(back->meta.version, 1);
}

TEST(Wire, NullClearsAndAbsentKeepsTheStartingValue) {
  Thing start{"Ana", "hello", 4, std::nullopt, {"a"}, {}};
  auto read = thing_fields().read(json{{"note", nullptr}, {"tags", nullptr}}, start);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->name, "Ana");
  EXPECT_EQ(read->note, std::nullopt);
  EXPECT_TRUE(read->tags.empty());
  EXPECT_EQ(read->parent_id, 4);
}

TEST(Wire, EveryWrongFieldIsNamedInOneAnswer) {
  struct Case {
    json body;
    std::set<std::string> fields;
    Msg first;
  };
  const Case cases[] = {
      {json::array(), {""}, Msg::must_be_object},
      {json{{"nmae", "x"}}, {"nmae"}, Msg::unknown_field},
      {json{{"name", 3}}, {"name"}, Msg::must_be_string},
      {json{{"note", false}}, {"note"}, Msg::must_be_string_or_null},
      {json{{"parent_id", "4"}}, {"parent_id"}, Msg::must_be_id_or_null},
      {json{{"tags", "a"}}, {"tags"}, Msg::must_be_string_list},
      {json{{"tags", {"a", 2}}}, {"tags"}, Msg::must_be_string_list},
      {json{{"name", 3}, {"tags", 1}, {"x", 1}}, {"name", "tags", "x"}, Msg::unknown_field},
  };
  for (const auto& c : cases) {
    auto read = thing_fields().read(c.body);
    ASSERT_FALSE(read.ok()) << c.body;
    EXPECT_EQ(read.error().code, ErrorCode::invalid);
    EXPECT_EQ(error_fields(read.error()), c.fields) << c.body;
    EXPECT_EQ(read.error().fields.front().code, c.first) << c.body;
  }
}

TEST(Wire, SchemasComeFromTheSameRows) {
  json record = thing_fields().schema();
  EXPECT_EQ(record["required"], (json{"name", "tags", "id", "version"}));
  EXPECT_EQ(record["properties"]["name"], (json{{"type", "string"}, {"maxLength", 10}}));
  EXPECT_EQ(record["properties"]["note"]["description"], "a note");
  EXPECT_EQ(record["properties"]["tags"]["items"]["enum"], (json{"a", "b"}));
  EXPECT_EQ(record["properties"]["parent_name"]["readOnly"], true);
  EXPECT_EQ(record["properties"]["version"]["readOnly"], true);

  json input = thing_fields().input_schema();
  EXPECT_EQ(input["required"], (json{"name"}));
  EXPECT_TRUE(input["properties"].contains("parent_name"));  // may be sent back
  EXPECT_FALSE(input["properties"].contains("id"));
  EXPECT_EQ(thing_fields().patch_schema()["required"], json::array());
}

TEST(JsonSchema, PagesListTheirItemsTotalAndCursor) {
  json page = schema::page_of("Thing");
  EXPECT_EQ(page["properties"]["items"]["items"]["$ref"], "#/components/schemas/Thing");
  EXPECT_EQ(page["required"], (json{"items", "total", "next"}));
  EXPECT_EQ(schema::complete({{"a", schema::type("integer")}})["required"], (json{"a"}));
}

}  // namespace
}  // namespace samla::wire
