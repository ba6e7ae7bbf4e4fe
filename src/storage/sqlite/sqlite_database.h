// The embedded SQLite backend: WAL, foreign keys, a busy timeout, synchronous=FULL.
#pragma once

#include <memory>
#include <string>

#include "storage/database.h"

namespace samla::storage {

// Opens (creating if needed, with its parent folder) the SQLite database at `path`.
Result<std::shared_ptr<Database>> open_sqlite_database(const std::string& path);

}  // namespace samla::storage
