// The initiative list's tables (migration 37): initiatives, their ratings (one per rater) and
// each programme's weights of the criteria.
#pragma once

#include <vector>

#include "storage/migrations.h"

namespace samla::initiatives {

std::vector<storage::Migration> migrations();

}  // namespace samla::initiatives
