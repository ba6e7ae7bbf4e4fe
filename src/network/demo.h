// The demo programme's reported relationships: invented ties between the demo register's
// people and organisations, some older than the kickoff and some formed after it, so the
// network view has reported and co-participation ties and a trend to show.
#pragma once

#include "access/principal.h"
#include "core/counts.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::network {

// Adds the demo ties when there are none yet; returns how many were added.
// Adds the demo ties when there are none yet, and counts the "ties" it added.
Result<Counts> load_demo_ties(storage::SessionPool& pool, const access::Principal& actor);

}  // namespace samla::network
