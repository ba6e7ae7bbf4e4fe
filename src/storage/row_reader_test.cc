// The row reader: each field type reads its column as Row does, NULL included.
#include "storage/row_reader.h"

#include <gtest/gtest.h>

namespace samla::storage {
namespace {

TEST(RowReader, ReadsConsecutiveColumnsByType) {
  Row row({Value{std::int64_t{7}}, Value{std::string("Anna")}, Value{std::int64_t{3}}, Value{2.5},
           Value{std::int64_t{1}}, Value{std::string("SE")}, Value{std::int64_t{42}}});
  std::int64_t id = 0;
  std::string name;
  int count = 0;
  double share = 0;
  bool flag = false;
  std::optional<std::string> country;
  std::optional<std::int64_t> organisation;
  read_columns(row, 0, id, name, count, share, flag, country, organisation);
  EXPECT_EQ(id, 7);
  EXPECT_EQ(name, "Anna");
  EXPECT_EQ(count, 3);
  EXPECT_DOUBLE_EQ(share, 2.5);
  EXPECT_TRUE(flag);
  EXPECT_EQ(country, "SE");
  EXPECT_EQ(organisation, 42);
}

TEST(RowReader, NullIsEmptyZeroFalseOrNothing) {
  Row row(std::vector<Value>(8, Value{nullptr}));
  std::string name = "x";
  std::int64_t id = 9;
  int count = 5;
  double share = 1.5;
  bool flag = true;
  std::optional<std::string> country = "SE";
  std::optional<std::int64_t> organisation = 4;
  read_columns(row, 1, name, id, count, share, flag, country, organisation);
  EXPECT_EQ(name, "");
  EXPECT_EQ(id, 0);
  EXPECT_EQ(count, 0);
  EXPECT_DOUBLE_EQ(share, 0);
  EXPECT_FALSE(flag);
  EXPECT_FALSE(country);
  EXPECT_FALSE(organisation);
}

TEST(RowReader, StartsAtTheColumnItIsGiven) {
  Row row({Value{std::string("skipped")}, Value{std::string("read")}});
  std::string second;
  read_columns(row, 1, second);
  EXPECT_EQ(second, "read");
}

}  // namespace
}  // namespace samla::storage
