// The live sessions' tables (migration 55).
#pragma once

#include <vector>

#include "storage/migrations.h"

namespace samla::live {

std::vector<storage::Migration> migrations();

}  // namespace samla::live
