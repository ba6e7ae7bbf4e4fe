// The evaluation's tables (migration 19).
#pragma once

#include <vector>

#include "storage/migrations.h"

namespace samla::evaluation {

std::vector<storage::Migration> migrations();

}  // namespace samla::evaluation
