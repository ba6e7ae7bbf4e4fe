// The demo programme's outcomes: what the held kickoff and the policy dialogue produced
// (insights, decisions, action points owned by demo organisations, an anonymous quote).
#pragma once

#include "access/principal.h"
#include "core/counts.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::outcomes {

// Adds the demo outcomes when there are none yet, and counts the "outcomes" it added. Needs
// the demo events (events::load_demo_events) first; an event or owner missing is skipped.
Result<Counts> load_demo_outcomes(storage::SessionPool& pool, const access::Principal& actor);

}  // namespace samla::outcomes
