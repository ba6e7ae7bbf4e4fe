// The action plans' tables (migration 22).
#pragma once

#include <vector>

#include "storage/migrations.h"

namespace samla::actions {

std::vector<storage::Migration> migrations();

}  // namespace samla::actions
