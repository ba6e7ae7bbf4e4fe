// The register's tables, and the seeds that come with them (countries, the four themes).
#pragma once

#include <vector>

#include "storage/migrations.h"

namespace samla::registry {

// Migration 2 "register": countries, country groups, themes, organisations, people, search.
std::vector<storage::Migration> migrations();

}  // namespace samla::registry
