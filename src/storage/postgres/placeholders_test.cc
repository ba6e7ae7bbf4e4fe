// number_placeholders must number every `?` that is a parameter and none that is text.
#include <gtest/gtest.h>

#include "storage/postgres/postgres_database.h"

namespace samla::storage {
namespace {

// Each row: what it shows, the SQL, and the SQL with its placeholders numbered.
TEST(NumberPlaceholders, Table) {
  struct Case {
    const char* why;
    const char* sql;
    const char* numbered;
  };
  const Case cases[] = {
      {"NumbersInOrder", "SELECT a FROM t WHERE b = ? AND c IN (?, ?)",
       "SELECT a FROM t WHERE b = $1 AND c IN ($2, $3)"},
      {"LeavesSqlWithoutPlaceholdersAlone", "", ""},
      {"LeavesSqlWithoutPlaceholdersAlone", "SELECT 1", "SELECT 1"},
      {"LeavesSqlWithoutPlaceholdersAlone", "?", "$1"},
      {"LeavesSqlWithoutPlaceholdersAlone", "??", "$1$2"},
      {"SkipsSingleQuotedStrings", "SELECT '?', ?", "SELECT '?', $1"},
      // '' is an escaped quote, so the string goes on past it.
      {"SkipsSingleQuotedStrings", "SELECT 'it''s ?', ?", "SELECT 'it''s ?', $1"},
      {"SkipsSingleQuotedStrings", "SELECT '', ?", "SELECT '', $1"},
      {"SkipsEscapeStrings", R"(SELECT E'\'?', ?)", R"(SELECT E'\'?', $1)"},
      {"SkipsEscapeStrings", R"(SELECT e'a\\', ?)", R"(SELECT e'a\\', $1)"},
      // In a plain string a backslash is just a character, so the quote ends it.
      {"SkipsEscapeStrings", R"(SELECT '\', ?)", R"(SELECT '\', $1)"},
      // A column named "type" ending in e is not an E prefix.
      {"SkipsEscapeStrings", R"(SELECT type'\', ?)", R"(SELECT type'\', $1)"},
      {"SkipsDoubleQuotedIdentifiers", R"(SELECT "what?" FROM t WHERE x = ?)",
       R"(SELECT "what?" FROM t WHERE x = $1)"},
      {"SkipsDoubleQuotedIdentifiers", R"(SELECT "a""?" , ?)", R"(SELECT "a""?" , $1)"},
      {"SkipsComments", "SELECT ? -- why?\n, ?", "SELECT $1 -- why?\n, $2"},
      {"SkipsComments", "SELECT ? -- why?", "SELECT $1 -- why?"},
      {"SkipsComments", "SELECT /* ? */ ?", "SELECT /* ? */ $1"},
      {"SkipsComments", "SELECT /* a /* ? */ ? */ ?", "SELECT /* a /* ? */ ? */ $1"},
      // A lone minus or slash is an operator, not a comment.
      {"SkipsComments", "SELECT ? - ?, ? / ?", "SELECT $1 - $2, $3 / $4"},
      {"SkipsDollarQuotes", "SELECT $$?$$, ?", "SELECT $$?$$, $1"},
      {"SkipsDollarQuotes", "SELECT $f$ ? $$ ? $f$, ?", "SELECT $f$ ? $$ ? $f$, $1"},
      // The server will reject such SQL; the rewrite must simply not crash or invent parameters.
      {"UnterminatedQuotesSwallowTheRest", "SELECT '?", "SELECT '?"},
      {"UnterminatedQuotesSwallowTheRest", "SELECT \"?", "SELECT \"?"},
      {"UnterminatedQuotesSwallowTheRest", "SELECT /* ?", "SELECT /* ?"},
      {"UnterminatedQuotesSwallowTheRest", "SELECT $a$ ?", "SELECT $a$ ?"},
      {"KeepsUtf8Text", "SELECT 'åäö ?' AS \"Östen\", ?", "SELECT 'åäö ?' AS \"Östen\", $1"},
  };
  for (const auto& c : cases)
    EXPECT_EQ(number_placeholders(c.sql), c.numbered) << c.why << ": " << c.sql;
}

TEST(NumberPlaceholders, GoesPastTen) {
  std::string sql, expected;
  for (int i = 1; i <= 12; ++i) {
    sql += i > 1 ? ",?" : "?";
    expected += (i > 1 ? ",$" : "$") + std::to_string(i);
  }
  EXPECT_EQ(number_placeholders(sql), expected);
}

}  // namespace
}  // namespace samla::storage
