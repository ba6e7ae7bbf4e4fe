// The resource library's tables (migration 42).
#pragma once

#include <vector>

#include "storage/migrations.h"

namespace samla::resources {

std::vector<storage::Migration> migrations();

}  // namespace samla::resources
