// The demo's anchoring: ten organisations of "Kraftsamling för psykisk hälsa" from informed to
// formally decided, the formal decisions with their body, date and reference.
#pragma once

#include "access/principal.h"
#include "core/counts.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::anchoring {

// Adds the demo anchoring when there is none yet, and counts the "anchoring" records it added.
Result<Counts> load_demo_anchoring(storage::SessionPool& pool, const access::Principal& actor);

}  // namespace samla::anchoring
