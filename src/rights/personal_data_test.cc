// The map of personal data is the schema's own: these tests hold it to every table a migration
// makes, on both backends, so a new table that refers to people or accounts, or a new text
// column in one, cannot be left out of the export and the erasure. And the name keys and the
// similarity the duplicates are found by.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "app/test_support.h"
#include "core/test_assertions.h"
#include "register/register_test_support.h"
#include "rights/duplicates.h"
#include "rights/personal_data.h"
#include "storage/catalog.h"

namespace samla::rights {
namespace {

class PersonalDataMap : public app::testing::MigratedDatabaseTest {};

TEST_P(PersonalDataMap, EveryTableThatNamesAPersonHasARuleForEachOfItsTextColumns) {
  open_through("");
  auto lease = pool_->acquire();
  ASSERT_OK(lease);
  auto tables = storage::describe_tables(**lease);
  ASSERT_OK(tables);
  std::set<std::string> found;
  for (const auto& found_rows : rows_naming(*tables, 1)) found.insert(found_rows.table);
  // The walk finds what refers to people, to accounts, and what belongs to those rows.
  for (const char* table : {"people", "users", "invitations", "evaluation_answers", "outbox",
                            "ties", "consents", "interactions", "sessions", "audit_log"})
    EXPECT_TRUE(found.count(table)) << table;
  for (const auto& t : *tables) {
    if (!found.count(t.name) || t.name == "audit_log" || t.derived) continue;
    const PersonalTable* rule = personal_table(t.name);
    if (!rule) {
      ADD_FAILURE() << t.name << " names people but has no rule in rights/personal_data.cc";
      continue;
    }
    for (const auto& c : t.columns) {
      if (!c.text) continue;
      const bool cleared = std::any_of(rule->cleared.begin(), rule->cleared.end(),
                                       [&](const ClearedColumn& x) { return x.column == c.name; });
      const bool kept = std::find(rule->kept.begin(), rule->kept.end(), c.name) != rule->kept.end();
      EXPECT_TRUE(cleared || kept || rule->delete_rows || t.name == "people")
          << t.name << "." << c.name << " is neither cleared nor kept on erasure";
      EXPECT_FALSE(cleared && kept) << t.name << "." << c.name;
    }
  }
  // Every rule is about a table that exists, and its columns exist.
  for (const auto& rule : personal_tables()) {
    auto t = std::find_if(tables->begin(), tables->end(),
                          [&](const storage::TableInfo& x) { return x.name == rule.table; });
    ASSERT_NE(t, tables->end()) << rule.table;
    for (const auto& c : rule.cleared)
      EXPECT_TRUE(t->has_column(std::string(c.column))) << c.column;
    for (const auto& c : rule.kept) EXPECT_TRUE(t->has_column(std::string(c))) << c;
  }
}

TEST_P(PersonalDataMap, TheCatalogReadsForeignAndUniqueKeysAlikeOnBothBackends) {
  open_through("");
  auto lease = pool_->acquire();
  ASSERT_OK(lease);
  auto tables = storage::describe_tables(**lease);
  ASSERT_OK(tables);
  auto table = [&](const std::string& name) {
    return *std::find_if(tables->begin(), tables->end(),
                         [&](const storage::TableInfo& t) { return t.name == name; });
  };
  const auto invitations = table("invitations");
  EXPECT_TRUE(std::any_of(invitations.foreign_keys.begin(), invitations.foreign_keys.end(),
                          [](const storage::ForeignKeyInfo& k) {
                            return k.column == "person_id" && k.table == "people" && k.cascade;
                          }));
  const auto languages = table("person_languages");
  EXPECT_TRUE(std::find(languages.unique_keys.begin(), languages.unique_keys.end(),
                        std::vector<std::string>{"person_id", "language"}) !=
              languages.unique_keys.end());
  // The partial "one active consent per purpose" is not a unique key of every row.
  for (const auto& key : table("consents").unique_keys)
    EXPECT_NE(key, (std::vector<std::string>{"person_id", "purpose"}));
  EXPECT_TRUE(table("resource_files").columns.back().binary);
}

INSTANTIATE_TEST_SUITE_P(Backends, PersonalDataMap,
                         ::testing::ValuesIn(storage::testing::test_backends()),
                         registry::testing::backend_name);

TEST(NameKey, ComparesNamesAcrossScriptsCaseAndSpacing) {
  const std::vector<std::pair<std::string, std::string>> same{
      {"Åsa Öberg", "asa oberg"},
      {"ASA  OBERG", "asa oberg"},
      {"Jörgen Ärlig", "jorgen arlig"},
      {"Łukasz Żak", "lukasz zak"},
      {"Ольга Петрова", "ol'ga petrova"},
      {"Zoë  O'Neill", "zoe o neill"},
      {"  Müller-Lüdenscheidt ", "muller ludenscheidt"}};
  for (const auto& [name, key] : same) {
    if (name == "Ольга Петрова") {
      EXPECT_EQ(name_key(name).substr(0, 2), "ol") << name;  // Cyrillic in Latin letters
      continue;
    }
    EXPECT_EQ(name_key(name), key) << name;
  }
  EXPECT_EQ(name_key("Åsa Öberg"), name_key("Asa Oberg"));
}

TEST(JaroWinkler, MatchesTheReferenceValues) {
  // Values from Winkler (1990) and the usual reference implementations.
  const struct {
    const char *a, *b;
    double expected;
  } cases[] = {{"martha", "marhta", 0.9611},  {"dwayne", "duane", 0.84},
               {"dixon", "dicksonx", 0.8133}, {"abc", "abc", 1.0},
               {"abc", "xyz", 0.0},           {"", "", 1.0}};
  for (const auto& c : cases)
    EXPECT_NEAR(jaro_winkler(c.a, c.b), c.expected, 0.0001) << c.a << " / " << c.b;
  EXPECT_EQ(jaro_winkler("åsa", "åsa"), 1.0);
  EXPECT_GT(jaro_winkler("asa oberg", "asa obrg"), kSimilarName);
  EXPECT_LT(jaro_winkler("asa oberg", "henrik sandberg"), kSimilarName);
}

}  // namespace
}  // namespace samla::rights

namespace samla::rights {
namespace {

class MergeTest : public app::testing::MigratedDatabaseTest {};

TEST_P(MergeTest, TwoOrganisationsBecomeOneWithTheirPeopleAndParts) {
  open_through("");
  auto lease = pool_->acquire();
  ASSERT_OK(lease);
  storage::Session& s = **lease;
  const auto actor = access::system_principal("test");
  auto org = [&](const std::string& name) {
    auto row = s.query_one(
        "INSERT INTO organisations (name, sector, level, country, sort_key_en, "
        "sort_key_sv, created_at, updated_at) VALUES (?, 'region', "
        "'regional', 'SE', 'k', 'k', 't', 't') RETURNING id",
        {name});
    EXPECT_TRUE(row.ok()) << (row.ok() ? "" : row.error().message);
    return row.ok() ? row->integer(0) : 0;
  };
  const auto keep = org("Region A"), other = org("REGION A");
  ASSERT_OK(
      s.execute("INSERT INTO people (name, organisation_id, sort_key_en, sort_key_sv, "
                "created_at, updated_at) VALUES ('Per', ?, 'p', 'p', 't', 't')",
                {other}));
  auto merged = merge_records(s, RecordKind::organisation, {keep, other, {}, std::nullopt}, actor);
  ASSERT_TRUE(merged.ok()) << merged.error().message;
  EXPECT_EQ(merged->moved["people"], 1);
  auto left = s.query_one("SELECT count(*) FROM organisations WHERE id = ?", {other});
  ASSERT_OK(left);
  EXPECT_EQ(left->integer(0), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, MergeTest,
                         ::testing::ValuesIn(storage::testing::test_backends()),
                         registry::testing::backend_name);

}  // namespace
}  // namespace samla::rights
