// A client's JSON is bounded before any tree is built: deep nesting is refused with a clear
// error instead of ending the process when the tree is later written out recursively.
#include "core/json.h"

#include <gtest/gtest.h>

#include <string>

namespace samla {
namespace {

std::string nested(int depth, char open, char close) {
  return std::string(static_cast<std::size_t>(depth), open) +
         std::string(static_cast<std::size_t>(depth), close);
}

TEST(ParseJson, ReadsOrdinaryDocuments) {
  auto parsed = parse_json(R"({"a": [1, {"b": "c"}], "d": null})");
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed.value()["a"][1]["b"], "c");
}

TEST(ParseJson, AcceptsNestingUpToTheLimit) {
  EXPECT_TRUE(parse_json(nested(kMaxJsonDepth, '[', ']')).ok());
  EXPECT_TRUE(parse_json(nested(3, '[', ']'), 3).ok());
}

TEST(ParseJson, RefusesNestingBeyondTheLimit) {
  std::string objects;
  for (int i = 0; i <= kMaxJsonDepth; ++i) objects += "{\"a\":";
  objects += "1" + std::string(kMaxJsonDepth + 1, '}');
  for (const std::string& text : {nested(kMaxJsonDepth + 1, '[', ']'), objects}) {
    auto parsed = parse_json(text);
    ASSERT_FALSE(parsed.ok()) << text;
    EXPECT_EQ(parsed.error().code, ErrorCode::malformed);
    EXPECT_NE(parsed.error().message.find("32 levels"), std::string::npos);
  }
}

// The request that ended the server: 100,000 unclosed brackets, and the same closed.
TEST(ParseJson, RefusesVeryDeepNestingWithoutExhaustingTheStack) {
  std::string open_only(100000, '[');
  EXPECT_EQ(parse_json(open_only).error().code, ErrorCode::malformed);
  std::string closed = "{\"weights\": " + nested(100000, '[', ']') + "}";
  EXPECT_EQ(parse_json(closed).error().code, ErrorCode::malformed);
}

TEST(ParseJson, NamesTheByteOfASyntaxError) {
  auto parsed = parse_json("{\"a\": tru}");
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.error().code, ErrorCode::malformed);
  EXPECT_NE(parsed.error().message.find("at byte"), std::string::npos);
  EXPECT_FALSE(parse_json("").ok());
  EXPECT_FALSE(parse_json("{} {}").ok());
}

}  // namespace
}  // namespace samla
