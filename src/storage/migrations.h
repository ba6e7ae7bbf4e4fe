// Versioned schema migrations, applied in order at start and by `samla migrate`.
// Each migration has one meaning on both backends; its SQL is written once with a few
// dialect tokens, or, where the backends differ, once per backend. Tokens:
//   @ID@      an auto-numbered 64-bit primary key column type
//   @INT@     a 64-bit integer column type
//   @BYTES@   a text column compared byte by byte (ICU sort keys): COLLATE "C" on PostgreSQL
//   @BLOB@    binary data (storage::Bytes): BLOB on SQLite, BYTEA on PostgreSQL
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "storage/database.h"

namespace samla::storage {

struct Migration {
  int version;
  std::string name;
  std::string sql;                            // shared SQL with dialect tokens
  std::string sqlite_sql;                     // extra SQL only for SQLite
  std::string postgres_sql;                   // extra SQL only for PostgreSQL
  std::function<Status(Session&)> seed = {};  // data written in the same transaction
  // SQLite changes a column's constraints only by copying its table into a new one and dropping
  // the old. With foreign keys enforced, that DROP would run every ON DELETE action of the
  // tables that refer to it (assessments deleted, people's organisation cleared), so such a
  // migration runs with enforcement off, and commits only if PRAGMA foreign_key_check then
  // finds no broken reference (SQLite's "twelve steps" for other schema changes).
  bool sqlite_rebuilds_tables = false;
};

// The SQL of `m` for `dialect`, with tokens replaced.
std::string migration_sql(const Migration& m, Dialect dialect);

struct MigrationReport {
  int from_version = 0;
  int to_version = 0;
  std::vector<std::string> applied;  // "0001 register" …
};

// Applies every migration in `migrations` newer than the database's version, in version
// order, each in its own transaction. Each module owns its migrations; src/app lists them.
Result<MigrationReport> migrate(Session& session, std::vector<Migration> migrations);

// The highest applied migration version (0 for an empty database).
Result<int> schema_version(Session& session);
// The same, only reading: for a database known to be migrated (a readiness probe, which must
// not write); an error where the migrations' table does not exist.
Result<int> applied_schema_version(Session& session);

}  // namespace samla::storage
