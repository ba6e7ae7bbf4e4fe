// The action-plan part of a report's content: the actions that came of the events it covers
// or belong to its theme (all of them for a report of the whole programme), counted by
// status, the overdue ones listed, their indicators' measurements, and a burn-up of actions
// agreed against actions done over time. Unredacted like the rest of the content; it names
// organisations and people only as parties answering for an action.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "reports/model.h"
#include "storage/database.h"

namespace samla::reports {

// {as_of, total, by_status, overdue, stalled, at_risk, overdue_list, indicators, burn_up}
// as of `today` (YYYY-MM-DD); `covered` are the report's events.
Result<nlohmann::json> action_plan_content(storage::Session& s, const Report& report,
                                           const std::vector<std::int64_t>& covered,
                                           const std::string& today);

}  // namespace samla::reports
