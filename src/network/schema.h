// The network's tables: migration 9 (ties).
#pragma once

#include <vector>

#include "storage/migrations.h"

namespace samla::network {

std::vector<storage::Migration> migrations();

}  // namespace samla::network
