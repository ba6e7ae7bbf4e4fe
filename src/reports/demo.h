// The demo programme's reports: the held kickoff and policy dialogue each have a report in
// Swedish and English, reviewed and approved (its data kept as a snapshot).
#pragma once

#include "access/principal.h"
#include "core/counts.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::reports {

// Adds the demo reports when there are none yet, and counts the "reports" added. Needs the
// demo events, outcomes and evaluation answers first.
Result<Counts> load_demo_reports(storage::SessionPool& pool, const access::Principal& actor);

}  // namespace samla::reports
