// The programme's saved analysis settings (grid and salience thresholds, priority weights,
// the high-priority cut): one versioned row, changed with If-Match, audited.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>

#include "access/principal.h"
#include "analysis/model.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::analysis {

// The settings as JSON: {grid, salience, weights, high_priority, version, updated_at,
// updated_by}.
nlohmann::json to_json(const Settings& s);
// Reads the changeable fields over `base` (fields left out keep base's value); 422 naming
// each field that is not a number in its range ("grid.influence", "weights.support").
Result<Settings> settings_from_json(const nlohmann::json& j, Settings base);

namespace store {

// The settings of programme `programme_id` (none: the default programme; unknown: 422): its
// own, or while it has saved none the instance's (version 0), or the defaults.
Result<Settings> load_settings(storage::Session& s,
                               std::optional<std::int64_t> programme_id = std::nullopt);
// Saves `next` as the programme's own when `expected_version` (if given) is the current
// version (0 while it follows the instance's); audited.
Result<Settings> save_settings(storage::Session& s, std::optional<std::int64_t> programme_id,
                               Settings next, std::optional<std::int64_t> expected_version,
                               const access::Principal& actor);

}  // namespace store
}  // namespace samla::analysis
