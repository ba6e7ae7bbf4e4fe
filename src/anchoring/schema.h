// The anchoring records' table (migration 38): one per organisation and programme, or per
// organisation and initiative; and each record's levels over time (migration 39).
#pragma once

#include <vector>

#include "storage/migrations.h"

namespace samla::anchoring {

std::vector<storage::Migration> migrations();

}  // namespace samla::anchoring
