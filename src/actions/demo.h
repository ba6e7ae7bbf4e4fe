// The demo programme's action plans: the held events' action points promoted to actions (one
// under way, one overdue, one stalled), and a plan for the access-to-services theme with an
// indicator, a dependency and a finished action. Dates are set relative to the day the demo
// is loaded, so that what is overdue or stalled stays so whenever it is tried.
#pragma once

#include "access/principal.h"
#include "core/counts.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::actions {

// Adds the demo actions when there are none yet, and counts the "actions" it added. Needs the
// demo outcomes (outcomes::load_demo_outcomes) first; what is missing is skipped.
Result<Counts> load_demo_actions(storage::SessionPool& pool, const access::Principal& actor);

}  // namespace samla::actions
