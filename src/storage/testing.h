// Throwaway databases for tests, on either backend, so one suite runs on both.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "storage/database.h"

namespace samla::storage::testing {

// The backends tests run on: "sqlite" and "postgres". Without SAMLA_TEST_POSTGRES_URL the
// PostgreSQL tests fail (run them through scripts/with-postgres.sh), unless
// SAMLA_ALLOW_NO_POSTGRES=1 leaves PostgreSQL out.
std::vector<std::string> test_backends();

// An empty database that disappears with this object: a temporary SQLite file, or a fresh
// PostgreSQL schema (every connection's search_path points at it) that is dropped after.
class TestDatabase {
 public:
  ~TestDatabase();
  const std::shared_ptr<Database>& database() const { return database_; }
  const std::string& url() const { return url_; }

  static Result<std::unique_ptr<TestDatabase>> create(const std::string& backend);

 private:
  TestDatabase() = default;
  std::shared_ptr<Database> database_;
  std::string url_;
  std::string cleanup_;  // a file to remove, or a schema to drop
  std::string base_url_;
};

}  // namespace samla::storage::testing
