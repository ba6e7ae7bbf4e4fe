// The agreements' tables (migration 40): agreements, their parties and their signatories.
#pragma once

#include <vector>

#include "storage/migrations.h"

namespace samla::agreements {

std::vector<storage::Migration> migrations();

}  // namespace samla::agreements
