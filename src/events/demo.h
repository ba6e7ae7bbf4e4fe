// The demo programme's events: lessons learned from the pilot work packages (one for the
// stigma theme still only identified, so the readiness gate has something to stop), two
// events already held with attendance (so newcomers and continuity, and the network's
// co-participation ties, are real), and a thematic workshop designed but not yet open.
#pragma once

#include <string>
#include <vector>

#include "access/principal.h"
#include "core/counts.h"
#include "core/result.h"
#include "events/model.h"
#include "storage/database.h"

namespace samla::events {

// Adds the demo events and lessons when there are none yet (loading twice adds nothing), and
// counts the "events", "lessons learned" and "invitations" it added.
// Needs the demo register (registry::load_demo) first.
Result<Counts> load_demo_events(storage::SessionPool& pool, const access::Principal& actor);

// For the demos of capabilities built on events (follow-up groups' meetings): moves a new
// event along `steps` of its lifecycle, and records who was invited to a held event and what
// they did (the first attended, then `declined` declined, the last `no_shows` did not come),
// dated as it happened. The invitations it made.
Result<Event> advance(storage::Session& s, Event e, const std::vector<std::string>& steps,
                      const access::Principal& actor);
Result<int> record_attendance(storage::Session& s, const Event& e,
                              const std::vector<std::int64_t>& people, int declined, int no_shows,
                              const access::Principal& actor);

}  // namespace samla::events
