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

// The saved settings, or the defaults (version 0) when none were ever saved.
Result<Settings> load_settings(storage::Session& s);
// Saves `next` when `expected_version` (if given) is the current version; audited.
Result<Settings> save_settings(storage::Session& s, Settings next,
                               std::optional<std::int64_t> expected_version,
                               const access::Principal& actor);

}  // namespace store
}  // namespace samla::analysis
