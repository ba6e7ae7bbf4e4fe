#include "core/utf8.h"

#include <gtest/gtest.h>

namespace samla {
namespace {

TEST(Utf8, FindsTheFirstByteThatIsNotUtf8AndDecodesTheRest) {
  struct Row {
    std::string text;
    std::size_t bad;  // npos: well-formed
  };
  const std::vector<Row> rows{
      {"Åsa Öberg 😀", std::string_view::npos},
      {"", std::string_view::npos},
      {"ok\xFF", 2},            // not a lead byte
      {"\xC0\xAE", 0},          // overlong "."
      {"a\xED\xA0\x80", 1},     // a surrogate
      {"\xF4\x90\x80\x80", 0},  // past U+10FFFF
      {"ab\xE2\x82", 2},        // cut short
      {"\xE2\x28\xA1", 0},      // a continuation byte missing
  };
  for (const auto& row : rows) {
    EXPECT_EQ(invalid_utf8_at(row.text), row.bad) << row.text;
    EXPECT_EQ(decode_utf8(row.text).has_value(), row.bad == std::string_view::npos) << row.text;
  }
  EXPECT_EQ(*decode_utf8("Å😀"), (std::u32string{U'Å', U'😀'}));
}

}  // namespace
}  // namespace samla
