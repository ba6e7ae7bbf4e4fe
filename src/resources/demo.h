// The demo's resource library: links to public knowledge and policy on mental health, and two
// small documents of the programme's own (a workshop notes template for everyone, a planning
// note for the team). Nothing in them is about anyone's health.
#pragma once

#include "access/principal.h"
#include "core/counts.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::resources {

// Adds the demo resources when there are none yet, and counts the "resources" it added.
Result<Counts> load_demo_resources(storage::SessionPool& pool, const access::Principal& actor);

}  // namespace samla::resources
