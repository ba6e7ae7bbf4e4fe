// The register's tables, and the seeds that come with them (countries, the four themes).
#pragma once

#include <vector>

#include "register/model.h"
#include "storage/migrations.h"

namespace samla::registry {

// The four themes of the EU source document (the thematic areas of WP5 and WP6).
std::vector<Theme> source_themes();

// Migration 2 "register": countries, country groups, themes, organisations, people, search.
std::vector<storage::Migration> migrations();

}  // namespace samla::registry
