// Who may write and read what an event produced (its outcomes, its evaluation, later its
// reports): coordinators and admins any event's, facilitators those of events that list their
// account; everyone who reads the register once the event has been held, and other
// facilitators always. Decided here once for every capability built on events.
#pragma once

#include <string>

#include "access/principal.h"
#include "core/result.h"
#include "events/model.h"
#include "storage/database.h"

namespace samla::events {

// held, reported or closed.
bool is_held(const std::string& status);

// Whether `who` writes the records of `event`.
bool writes_event_records(const Event& event, const access::Principal& who);

// The event, when `actor` may change what it produced: 403 for others (`refusal` says what
// they may not do), 422 on the field "event" once it is closed (a closed event is a record).
Result<Event> event_for_writing(storage::Session& s, std::int64_t event_id,
                                const access::Principal& actor, Msg refusal);

// Whether `caller` may read what event `event_id` produced, and whether as one who writes it
// (who sees more): 403 (`refusal`) for a reader before the event is held.
Result<bool> reads_event_records(storage::Session& s, std::int64_t event_id,
                                 const access::Principal& caller, Msg refusal);

}  // namespace samla::events
