// The follow-up groups' tables (migration 21).
#pragma once

#include <vector>

#include "storage/migrations.h"

namespace samla::groups {

std::vector<storage::Migration> migrations();

}  // namespace samla::groups
