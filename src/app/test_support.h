// The fixture under every capability's storage and service tests: an empty database on each
// backend ("sqlite", "postgres"), migrated through one capability of app/capabilities.cc.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "app/capability.h"
#include "core/test_assertions.h"
#include "storage/migrations.h"
#include "storage/testing.h"

namespace samla::app::testing {

class MigratedDatabaseTest : public ::testing::TestWithParam<std::string> {
 protected:
  // A new database on the test's backend with the migrations through `capability`.
  void open_through(std::string_view capability) {
    auto created = storage::testing::TestDatabase::create(GetParam());
    ASSERT_OK(created);
    db_ = std::move(created).value();
    pool_ = std::make_unique<storage::SessionPool>(db_->database());
    migrate_through(capability);
  }

  // Applies the migrations of every capability up to and including `capability`.
  void migrate_through(std::string_view capability) {
    auto lease = pool_->acquire();
    ASSERT_OK(lease);
    ASSERT_OK(storage::migrate(**lease, migrations_through(capability)));
  }

  void TearDown() override {
    pool_.reset();
    db_.reset();
  }

  std::unique_ptr<storage::testing::TestDatabase> db_;
  std::unique_ptr<storage::SessionPool> pool_;
};

// For a migration that changes rows already written: a database with every migration before
// `version`, its session kept leased to write rows as that older schema had them, and then the
// rest applied with migrate_rest().
class MigrationUpgradeTest : public MigratedDatabaseTest {
 protected:
  void open_before(int version) {
    auto created = storage::testing::TestDatabase::create(GetParam());
    ASSERT_OK(created);
    db_ = std::move(created).value();
    pool_ = std::make_unique<storage::SessionPool>(db_->database());
    auto lease = pool_->acquire();
    ASSERT_OK(lease);
    lease_.emplace(std::move(lease).value());
    auto before = migrations_through("");
    before.erase(std::remove_if(before.begin(), before.end(),
                                [&](const storage::Migration& m) { return m.version >= version; }),
                 before.end());
    ASSERT_OK(storage::migrate(session(), before));
  }
  Result<storage::MigrationReport> migrate_rest() {
    return storage::migrate(session(), migrations_through(""));
  }
  storage::Session& session() { return **lease_; }
  void TearDown() override {
    lease_.reset();  // before the pool it came from
    MigratedDatabaseTest::TearDown();
  }

  std::optional<storage::SessionPool::Lease> lease_;
};

}  // namespace samla::app::testing
