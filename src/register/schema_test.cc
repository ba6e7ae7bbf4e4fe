// Migration 29 lets an organisation wait for its sector and level. On SQLite it copies the
// organisations table: every row, every reference to it and the next id must survive.
#include <algorithm>

#include "app/capability.h"
#include "register/register_test_support.h"

namespace samla::registry::testing {
namespace {

class OrganisationsToCompleteMigration : public app::testing::MigrationUpgradeTest {};

TEST_P(OrganisationsToCompleteMigration, KeepsRowsReferencesAndTheNextId) {
  open_before(29);
  if (HasFatalFailure()) return;

  RegisterService service(*pool_);
  const access::Principal actor{1, "Coordinator", access::Role::coordinator, std::nullopt};
  auto organisation = [&](const std::string& name, std::optional<std::int64_t> parent) {
    Organisation o;
    o.name = name;
    o.sector = "region";
    o.level = "regional";
    o.country = "SE";
    o.parent_id = parent;
    auto written = service.create_organisation(o, actor);
    EXPECT_TRUE(written.ok());
    return written.ok() ? written->meta.id : 0;
  };
  auto parent = organisation("Region A", std::nullopt);
  auto child = organisation("Psykiatri A", parent);
  auto last = organisation("Region B", std::nullopt);
  // Written as the schema before 29 has it (today's store also records consents, migration 46).
  auto person = session().query_one(
      "INSERT INTO people (name, organisation_id, sort_key_en, sort_key_sv, created_at, "
      "updated_at) VALUES ('Eva Berg', ?, 'e', 'e', 't', 't') RETURNING id",
      {child});
  ASSERT_OK(person);
  ASSERT_OK(service.delete_organisation(last, std::nullopt, actor));
  // A tie between the two is deleted with either of them (ON DELETE CASCADE).
  ASSERT_OK(session().execute(
      "INSERT INTO ties (from_organisation_id, to_organisation_id, type, strength, source, "
      "created_at, updated_at) VALUES (?, ?, 'collaboration', 2, 'reported', 't', 't')",
      {parent, child}));

  auto report = migrate_rest();
  ASSERT_OK(report);
  ASSERT_FALSE(report->applied.empty());
  EXPECT_EQ(report->applied[0], "0029 organisations to complete");

  auto kept_child = service.get_organisation(child);
  ASSERT_OK(kept_child);
  EXPECT_EQ(kept_child->parent_id, parent);  // ON DELETE SET NULL did not run
  EXPECT_EQ(kept_child->sector, "region");
  auto kept_person = service.get_person(person->integer(0), Viewer{actor, Language::en});
  ASSERT_OK(kept_person);
  EXPECT_EQ(kept_person->organisation_id, child);
  auto ties = session().query_one("SELECT COUNT(*) FROM ties");
  ASSERT_OK(ties);
  EXPECT_EQ(ties->integer(0), 1);

  // The next organisation does not take the deleted one's id, and may now wait for its sector
  // and level; a value outside the vocabulary is still refused by the database itself.
  auto next = session().query_one(
      "INSERT INTO organisations (name, sort_key_en, sort_key_sv, created_at, updated_at) "
      "VALUES ('Förening C', 'c', 'c', 't', 't') RETURNING id");
  ASSERT_OK(next);
  EXPECT_GT(next->integer(0), last);
  EXPECT_FALSE(
      session()
          .execute("UPDATE organisations SET sector = 'galactic' WHERE id = ?", {next->integer(0)})
          .ok());
  // Foreign keys are enforced again on the connection that migrated.
  EXPECT_FALSE(session().execute("UPDATE people SET organisation_id = 999999").ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, OrganisationsToCompleteMigration,
                         ::testing::ValuesIn(storage::testing::test_backends()), backend_name);

}  // namespace
}  // namespace samla::registry::testing
