// The demo programmes: "Kraftsamling för psykisk hälsa" (the default programme, which the other
// capabilities' demo records join) on the Swedish process, walked from preparation to the
// formation phase, with two workstreams and the Swedish organisations as members; and an EU
// joint-action task on the member-state group, in its workshop phase.
#pragma once

#include "access/principal.h"
#include "core/counts.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::programme {

// Sets the demo programmes up when the default programme has no phases yet, and counts the
// "programmes" it set up.
Result<Counts> load_demo_programmes(storage::SessionPool& pool, const access::Principal& actor);

}  // namespace samla::programme
