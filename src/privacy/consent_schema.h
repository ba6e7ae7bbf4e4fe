// The consent tables (migration 46). They name people, so the register lists them among its
// migrations (register/schema.cc): a database migrated through the register has them.
#pragma once

#include <vector>

#include "storage/migrations.h"

namespace samla::privacy {

std::vector<storage::Migration> consent_migrations();

}  // namespace samla::privacy
