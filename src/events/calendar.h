// iCalendar (RFC 5545) for events: one VEVENT with its time zone as a VTIMEZONE (from ICU),
// text escaped and lines folded at 75 octets, so calendars show the wall-clock time the
// organisers meant, in the right zone, before and after daylight-saving changes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "events/model.h"

namespace samla::events {

// The .ics text of `e`; `version` of samla goes into PRODID. With `attendee`, it is that
// person's invitation (ATTENDEE with their answer as PARTSTAT), saying in its description
// that the answer goes through the personal link. Only with an `organiser` address (serve
// --smtp-from) that can receive a calendar's reply is it a request (METHOD:REQUEST, ORGANIZER,
// RSVP=TRUE); without one it is published (METHOD:PUBLISH, no reply asked for), so that an
// Accept in Outlook or Gmail never goes to an address nobody reads.
Result<std::string> to_icalendar(const Event& e, const std::string& version,
                                 const Invitation* attendee = nullptr,
                                 const std::optional<std::string>& organiser = std::nullopt);

// One all-day entry of a feed: a due date, say.
struct CalendarDay {
  std::string uid;  // stable across fetches, so calendars update the entry ("action-7-due")
  std::string day;  // YYYY-MM-DD
  std::string summary;
  std::string description;
};

// A subscribed calendar (METHOD:PUBLISH) named `name`: `events` with their zones, and `days`
// as all-day entries that do not block time.
Result<std::string> icalendar_feed(const std::string& name, const std::vector<Event>& events,
                                   const std::vector<CalendarDay>& days,
                                   const std::string& version);

}  // namespace samla::events
