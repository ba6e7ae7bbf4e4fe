// The reports' tables (migration 20).
#pragma once

#include <vector>

#include "storage/migrations.h"

namespace samla::reports {

std::vector<storage::Migration> migrations();

}  // namespace samla::reports
