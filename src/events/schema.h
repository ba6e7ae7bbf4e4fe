// The events' tables (migration 6).
#pragma once

#include <vector>

#include "storage/migrations.h"

namespace samla::events {

std::vector<storage::Migration> migrations();

}  // namespace samla::events
