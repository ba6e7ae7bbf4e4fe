// iCalendar (RFC 5545) for events: one VEVENT with its time zone as a VTIMEZONE (from ICU),
// text escaped and lines folded at 75 octets, so calendars show the wall-clock time the
// organisers meant, in the right zone, before and after daylight-saving changes.
#pragma once

#include <string>

#include "core/result.h"
#include "events/model.h"

namespace samla::events {

// The .ics text of `e`; `version` of samla goes into PRODID. With `attendee`, it is that
// person's invitation (METHOD:REQUEST, ATTENDEE with their answer as PARTSTAT).
Result<std::string> to_icalendar(const Event& e, const std::string& version,
                                 const Invitation* attendee = nullptr);

}  // namespace samla::events
