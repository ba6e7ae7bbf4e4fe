// What a report says, gathered from samla's data as one JSON document: the events with their
// purpose, themes and agenda, who took part (counts by country group, country, perspective and
// sector, invited and attended), what they produced, the evaluation's figures and the lessons
// learned they built on. Unredacted: an approved report keeps it as its snapshot, and every
// rendering passes it through the viewer's redaction (render.h).
#pragma once

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "reports/model.h"
#include "storage/database.h"

namespace samla::reports {

// The content of `report` as the data stands now.
Result<nlohmann::json> gather_content(storage::Session& s, const Report& report);

// The events a report covers: its event, or those of its theme and dates (not drafts), in
// time order.
Result<std::vector<std::int64_t>> covered_events(storage::Session& s, const Report& report);

}  // namespace samla::reports
