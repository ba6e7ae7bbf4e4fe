// number_placeholders must number every `?` that is a parameter and none that is text.
#include <gtest/gtest.h>

#include "storage/postgres/postgres_database.h"

namespace samla::storage {
namespace {

TEST(NumberPlaceholders, NumbersInOrder) {
  EXPECT_EQ(number_placeholders("SELECT a FROM t WHERE b = ? AND c IN (?, ?)"),
            "SELECT a FROM t WHERE b = $1 AND c IN ($2, $3)");
}

TEST(NumberPlaceholders, LeavesSqlWithoutPlaceholdersAlone) {
  EXPECT_EQ(number_placeholders(""), "");
  EXPECT_EQ(number_placeholders("SELECT 1"), "SELECT 1");
  EXPECT_EQ(number_placeholders("?"), "$1");
  EXPECT_EQ(number_placeholders("??"), "$1$2");
}

TEST(NumberPlaceholders, GoesPastTen) {
  std::string sql, expected;
  for (int i = 1; i <= 12; ++i) {
    sql += i > 1 ? ",?" : "?";
    expected += (i > 1 ? ",$" : "$") + std::to_string(i);
  }
  EXPECT_EQ(number_placeholders(sql), expected);
}

TEST(NumberPlaceholders, SkipsSingleQuotedStrings) {
  EXPECT_EQ(number_placeholders("SELECT '?', ?"), "SELECT '?', $1");
  // '' is an escaped quote, so the string goes on past it.
  EXPECT_EQ(number_placeholders("SELECT 'it''s ?', ?"), "SELECT 'it''s ?', $1");
  EXPECT_EQ(number_placeholders("SELECT '', ?"), "SELECT '', $1");
}

TEST(NumberPlaceholders, SkipsEscapeStrings) {
  EXPECT_EQ(number_placeholders(R"(SELECT E'\'?', ?)"), R"(SELECT E'\'?', $1)");
  EXPECT_EQ(number_placeholders(R"(SELECT e'a\\', ?)"), R"(SELECT e'a\\', $1)");
  // In a plain string a backslash is just a character, so the quote ends it.
  EXPECT_EQ(number_placeholders(R"(SELECT '\', ?)"), R"(SELECT '\', $1)");
  // A column named "type" ending in e is not an E prefix.
  EXPECT_EQ(number_placeholders(R"(SELECT type'\', ?)"), R"(SELECT type'\', $1)");
}

TEST(NumberPlaceholders, SkipsDoubleQuotedIdentifiers) {
  EXPECT_EQ(number_placeholders(R"(SELECT "what?" FROM t WHERE x = ?)"),
            R"(SELECT "what?" FROM t WHERE x = $1)");
  EXPECT_EQ(number_placeholders(R"(SELECT "a""?" , ?)"), R"(SELECT "a""?" , $1)");
}

TEST(NumberPlaceholders, SkipsComments) {
  EXPECT_EQ(number_placeholders("SELECT ? -- why?\n, ?"), "SELECT $1 -- why?\n, $2");
  EXPECT_EQ(number_placeholders("SELECT ? -- why?"), "SELECT $1 -- why?");
  EXPECT_EQ(number_placeholders("SELECT /* ? */ ?"), "SELECT /* ? */ $1");
  EXPECT_EQ(number_placeholders("SELECT /* a /* ? */ ? */ ?"), "SELECT /* a /* ? */ ? */ $1");
  // A lone minus or slash is an operator, not a comment.
  EXPECT_EQ(number_placeholders("SELECT ? - ?, ? / ?"), "SELECT $1 - $2, $3 / $4");
}

TEST(NumberPlaceholders, SkipsDollarQuotes) {
  EXPECT_EQ(number_placeholders("SELECT $$?$$, ?"), "SELECT $$?$$, $1");
  EXPECT_EQ(number_placeholders("SELECT $f$ ? $$ ? $f$, ?"), "SELECT $f$ ? $$ ? $f$, $1");
}

TEST(NumberPlaceholders, UnterminatedQuotesSwallowTheRest) {
  // The server will reject such SQL; the rewrite must simply not crash or invent parameters.
  EXPECT_EQ(number_placeholders("SELECT '?"), "SELECT '?");
  EXPECT_EQ(number_placeholders("SELECT \"?"), "SELECT \"?");
  EXPECT_EQ(number_placeholders("SELECT /* ?"), "SELECT /* ?");
  EXPECT_EQ(number_placeholders("SELECT $a$ ?"), "SELECT $a$ ?");
}

TEST(NumberPlaceholders, KeepsUtf8Text) {
  EXPECT_EQ(number_placeholders("SELECT 'åäö ?' AS \"Östen\", ?"),
            "SELECT 'åäö ?' AS \"Östen\", $1");
}

}  // namespace
}  // namespace samla::storage
