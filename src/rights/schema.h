// The rights module's schema: the erasures done (migration 47), and the audit log's one
// exception to being append-only, an erasure in progress.
#pragma once

#include <vector>

#include "storage/migrations.h"

namespace samla::rights {

std::vector<storage::Migration> migrations();

}  // namespace samla::rights
