// The privacy module's schema.
#pragma once

#include <vector>

#include "storage/migrations.h"

namespace samla::privacy {

std::vector<storage::Migration> migrations();

}  // namespace samla::privacy
