// Throwaway databases for tests, on either backend, so one suite runs on both.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "storage/database.h"

namespace samla::storage::testing {

// The backends tests run on: "sqlite" and "postgres". Without SAMLA_TEST_POSTGRES_URL the
// PostgreSQL tests fail (run them through scripts/with-postgres.sh), unless
// SAMLA_ALLOW_NO_POSTGRES=1 leaves PostgreSQL out.
std::vector<std::string> test_backends();

// How a PostgreSQL test database is kept apart from the others on the same server (on SQLite
// every test database is a file of its own either way).
enum class Isolation {
  schema,    // a fresh schema, reached through every connection's search_path: cheap
  database,  // a database of its own, for tools that copy a whole database (pg_dump) while
             // other tests' schemas come and go; the role needs CREATEDB
};

// An empty database that disappears with this object: a temporary SQLite file, or a fresh
// PostgreSQL schema or database that is dropped after.
class TestDatabase {
 public:
  ~TestDatabase();
  const std::shared_ptr<Database>& database() const { return database_; }
  const std::string& url() const { return url_; }
  // A temporary folder, removed with this object, for files the test writes (on SQLite it
  // also holds the database).
  const std::filesystem::path& directory() const { return directory_; }

  // A new empty database on `backend` ("sqlite" or "postgres"); unavailable, with a message
  // that says to use scripts/with-postgres.sh, when PostgreSQL is asked for but not set up.
  static Result<std::unique_ptr<TestDatabase>> create(const std::string& backend,
                                                      Isolation isolation = Isolation::schema);

 private:
  TestDatabase() = default;
  std::shared_ptr<Database> database_;
  std::string url_;
  std::filesystem::path directory_;
  std::string base_url_;  // the PostgreSQL server (SAMLA_TEST_POSTGRES_URL); empty on SQLite
  std::string drop_;      // the statement that removes the schema or database, once made
};

}  // namespace samla::storage::testing
