// The PostgreSQL backend, through libpqxx.
#pragma once

#include <memory>
#include <string>

#include "storage/database.h"

namespace samla::storage {

// Connects to the PostgreSQL server named by `url` (a libpq connection URI).
Result<std::shared_ptr<Database>> open_postgres_database(const std::string& url);

// Rewrites `?` placeholders outside quotes to PostgreSQL's $1, $2, …
std::string number_placeholders(std::string_view sql);

}  // namespace samla::storage
