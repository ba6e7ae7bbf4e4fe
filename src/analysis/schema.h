// The analysis module's migrations (after the register's: assessments refer to its records).
#pragma once

#include <vector>

#include "storage/migrations.h"

namespace samla::analysis {

std::vector<storage::Migration> migrations();

}  // namespace samla::analysis
