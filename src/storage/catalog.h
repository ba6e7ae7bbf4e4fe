// What the database holds, read from the database itself: every application table, its columns
// and its single-column foreign keys, on both backends. The privacy rights (rights/) walk it, so
// a table a later migration adds is found without anyone listing it.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "storage/database.h"

namespace samla::storage {

struct ColumnInfo {
  std::string name;
  bool text = false;    // holds text (TEXT, VARCHAR, JSON): what can name a person
  bool binary = false;  // BLOB / BYTEA: files, read as bytes
};

struct ForeignKeyInfo {
  std::string column;     // in this table
  std::string table;      // the table it refers to
  std::string to_column;  // its column there
  bool cascade = false;   // ON DELETE CASCADE: the row belongs to the one it refers to
};

struct TableInfo {
  std::string name;
  std::vector<ColumnInfo> columns;
  std::vector<ForeignKeyInfo> foreign_keys;
  // The columns of each unique key (primary key and unique indexes; not partial ones, nor those
  // on expressions).
  std::vector<std::vector<std::string>> unique_keys;
  // Kept by the application from other tables (SQLite's full-text index and its shadow
  // tables): rebuilt from them, never written directly.
  bool derived = false;

  bool has_column(const std::string& column) const;
};

// Every table of the schema in name order (SQLite's own and the migrations' bookkeeping
// excluded), with columns in declaration order.
Result<std::vector<TableInfo>> describe_tables(Session& s);

}  // namespace samla::storage
