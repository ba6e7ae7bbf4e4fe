// The interactions' table (migration 41).
#pragma once

#include <vector>

#include "storage/migrations.h"

namespace samla::interactions {

std::vector<storage::Migration> migrations();

}  // namespace samla::interactions
