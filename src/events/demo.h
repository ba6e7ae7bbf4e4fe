// The demo programme's events: lessons learned from the pilot work packages (one for the
// stigma theme still only identified, so the readiness gate has something to stop), two
// events already held with attendance (so newcomers and continuity, and the network's
// co-participation ties, are real), and a thematic workshop designed but not yet open.
#pragma once

#include "access/principal.h"
#include "core/counts.h"
#include "core/result.h"
#include "storage/database.h"

namespace samla::events {

// Adds the demo events and lessons when there are none yet (loading twice adds nothing), and
// counts the "events", "lessons learned" and "invitations" it added.
// Needs the demo register (registry::load_demo) first.
Result<Counts> load_demo_events(storage::SessionPool& pool, const access::Principal& actor);

}  // namespace samla::events
