// The demo programme's follow-up groups: a working group on first contact (with members, two
// meetings held and one planned) and an advocacy campaign against stigma.
#pragma once

#include "access/principal.h"
#include "core/counts.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::groups {

// Adds the demo groups when there are none yet, and counts the "groups" it added.
Result<Counts> load_demo_groups(storage::SessionPool& pool, const access::Principal& actor);

}  // namespace samla::groups
