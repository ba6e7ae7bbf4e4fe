// The outcomes' table: migration 17 (event outcomes).
#pragma once

#include <vector>

#include "storage/migrations.h"

namespace samla::outcomes {

std::vector<storage::Migration> migrations();

}  // namespace samla::outcomes
